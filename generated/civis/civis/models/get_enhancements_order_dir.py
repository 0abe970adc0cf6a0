from typing import Literal

GetEnhancementsOrderDir = Literal["asc", "desc"]

GET_ENHANCEMENTS_ORDER_DIR_VALUES: set[GetEnhancementsOrderDir] = {
    "asc",
    "desc",
}


def check_get_enhancements_order_dir(value: str) -> GetEnhancementsOrderDir:
    if value in GET_ENHANCEMENTS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ENHANCEMENTS_ORDER_DIR_VALUES!r}")
