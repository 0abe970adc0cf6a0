from typing import Literal, cast

from .._core import _decode as decode

GetMediaOptimizationsOrderDir = Literal["asc", "desc"]

GET_MEDIA_OPTIMIZATIONS_ORDER_DIR_VALUES: set[GetMediaOptimizationsOrderDir] = {
    "asc",
    "desc",
}


def check_get_media_optimizations_order_dir(
    value: object, key: str | int | None = None
) -> GetMediaOptimizationsOrderDir | str:
    """`value` as GetMediaOptimizationsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_MEDIA_OPTIMIZATIONS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
