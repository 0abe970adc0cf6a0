from typing import Literal

GetTemplatesScriptsOrderDir = Literal["asc", "desc"]

GET_TEMPLATES_SCRIPTS_ORDER_DIR_VALUES: set[GetTemplatesScriptsOrderDir] = {
    "asc",
    "desc",
}


def check_get_templates_scripts_order_dir(value: str) -> GetTemplatesScriptsOrderDir:
    if value in GET_TEMPLATES_SCRIPTS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TEMPLATES_SCRIPTS_ORDER_DIR_VALUES!r}")
