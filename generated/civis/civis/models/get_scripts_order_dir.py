from typing import Literal, cast

from .._core import _decode as decode

GetScriptsOrderDir = Literal["asc", "desc"]

GET_SCRIPTS_ORDER_DIR_VALUES: set[GetScriptsOrderDir] = {
    "asc",
    "desc",
}


def check_get_scripts_order_dir(value: object, key: str | int | None = None) -> GetScriptsOrderDir | str:
    """`value` as GetScriptsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_SCRIPTS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
