from typing import Literal, cast

from .._core import _decode as decode

GetUsersIdApiKeysOrderDir = Literal["asc", "desc"]

GET_USERS_ID_API_KEYS_ORDER_DIR_VALUES: set[GetUsersIdApiKeysOrderDir] = {
    "asc",
    "desc",
}


def check_get_users_id_api_keys_order_dir(
    value: object, key: str | int | None = None
) -> GetUsersIdApiKeysOrderDir | str:
    """`value` as GetUsersIdApiKeysOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_USERS_ID_API_KEYS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
