from typing import Literal, cast

from .._core import _decode as decode

GetCredentialsOrderDir = Literal["asc", "desc"]

GET_CREDENTIALS_ORDER_DIR_VALUES: set[GetCredentialsOrderDir] = {
    "asc",
    "desc",
}


def check_get_credentials_order_dir(value: object, key: str | int | None = None) -> GetCredentialsOrderDir | str:
    """`value` as GetCredentialsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_CREDENTIALS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
