from typing import Literal, cast

from .._core import _decode as decode

GetEnhancementsOrderDir = Literal["asc", "desc"]

GET_ENHANCEMENTS_ORDER_DIR_VALUES: set[GetEnhancementsOrderDir] = {
    "asc",
    "desc",
}


def check_get_enhancements_order_dir(value: object, key: str | int | None = None) -> GetEnhancementsOrderDir | str:
    """`value` as GetEnhancementsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_ENHANCEMENTS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
