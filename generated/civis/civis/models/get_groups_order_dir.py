from typing import Literal, cast

from .._core import _decode as decode

GetGroupsOrderDir = Literal["asc", "desc"]

GET_GROUPS_ORDER_DIR_VALUES: set[GetGroupsOrderDir] = {
    "asc",
    "desc",
}


def check_get_groups_order_dir(value: object, key: str | int | None = None) -> GetGroupsOrderDir | str:
    """`value` as GetGroupsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_GROUPS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
