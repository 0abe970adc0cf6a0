from typing import Literal

GetScriptsOrderDir = Literal["asc", "desc"]

GET_SCRIPTS_ORDER_DIR_VALUES: set[GetScriptsOrderDir] = {
    "asc",
    "desc",
}


def check_get_scripts_order_dir(value: str) -> GetScriptsOrderDir:
    if value in GET_SCRIPTS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SCRIPTS_ORDER_DIR_VALUES!r}")
