from typing import Literal

GetAnnouncementsOrderDir = Literal["asc", "desc"]

GET_ANNOUNCEMENTS_ORDER_DIR_VALUES: set[GetAnnouncementsOrderDir] = {
    "asc",
    "desc",
}


def check_get_announcements_order_dir(value: str) -> GetAnnouncementsOrderDir:
    if value in GET_ANNOUNCEMENTS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ANNOUNCEMENTS_ORDER_DIR_VALUES!r}")
