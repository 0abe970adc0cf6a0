from typing import Literal

GetGroupsOrderDir = Literal["asc", "desc"]

GET_GROUPS_ORDER_DIR_VALUES: set[GetGroupsOrderDir] = {
    "asc",
    "desc",
}


def check_get_groups_order_dir(value: str) -> GetGroupsOrderDir:
    if value in GET_GROUPS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_GROUPS_ORDER_DIR_VALUES!r}")
