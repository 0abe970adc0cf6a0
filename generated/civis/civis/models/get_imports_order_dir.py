from typing import Literal

GetImportsOrderDir = Literal["asc", "desc"]

GET_IMPORTS_ORDER_DIR_VALUES: set[GetImportsOrderDir] = {
    "asc",
    "desc",
}


def check_get_imports_order_dir(value: str) -> GetImportsOrderDir:
    if value in GET_IMPORTS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_IMPORTS_ORDER_DIR_VALUES!r}")
