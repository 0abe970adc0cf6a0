from typing import Literal, cast

from .._core import _decode as decode

GetExportsOrderDir = Literal["asc", "desc"]

GET_EXPORTS_ORDER_DIR_VALUES: set[GetExportsOrderDir] = {
    "asc",
    "desc",
}


def check_get_exports_order_dir(value: object, key: str | int | None = None) -> GetExportsOrderDir | str:
    """`value` as GetExportsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_EXPORTS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
