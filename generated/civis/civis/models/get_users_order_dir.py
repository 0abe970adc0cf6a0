from typing import Literal, cast

from .._core import _decode as decode

GetUsersOrderDir = Literal["asc", "desc"]

GET_USERS_ORDER_DIR_VALUES: set[GetUsersOrderDir] = {
    "asc",
    "desc",
}


def check_get_users_order_dir(value: object, key: str | int | None = None) -> GetUsersOrderDir | str:
    """`value` as GetUsersOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_USERS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
