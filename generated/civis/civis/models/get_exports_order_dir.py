from typing import Literal

GetExportsOrderDir = Literal["asc", "desc"]

GET_EXPORTS_ORDER_DIR_VALUES: set[GetExportsOrderDir] = {
    "asc",
    "desc",
}


def check_get_exports_order_dir(value: str) -> GetExportsOrderDir:
    if value in GET_EXPORTS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXPORTS_ORDER_DIR_VALUES!r}")
