from typing import Literal, cast

from .._core import _decode as decode

GetAnnouncementsOrderDir = Literal["asc", "desc"]

GET_ANNOUNCEMENTS_ORDER_DIR_VALUES: set[GetAnnouncementsOrderDir] = {
    "asc",
    "desc",
}


def check_get_announcements_order_dir(value: object, key: str | int | None = None) -> GetAnnouncementsOrderDir | str:
    """`value` as GetAnnouncementsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_ANNOUNCEMENTS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
