from typing import Literal

GetMediaOptimizationsOrderDir = Literal["asc", "desc"]

GET_MEDIA_OPTIMIZATIONS_ORDER_DIR_VALUES: set[GetMediaOptimizationsOrderDir] = {
    "asc",
    "desc",
}


def check_get_media_optimizations_order_dir(value: str) -> GetMediaOptimizationsOrderDir:
    if value in GET_MEDIA_OPTIMIZATIONS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MEDIA_OPTIMIZATIONS_ORDER_DIR_VALUES!r}")
