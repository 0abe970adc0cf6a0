from typing import Literal, cast

from .._core import _decode as decode

GetImportsOrderDir = Literal["asc", "desc"]

GET_IMPORTS_ORDER_DIR_VALUES: set[GetImportsOrderDir] = {
    "asc",
    "desc",
}


def check_get_imports_order_dir(value: object, key: str | int | None = None) -> GetImportsOrderDir | str:
    """`value` as GetImportsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_IMPORTS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
