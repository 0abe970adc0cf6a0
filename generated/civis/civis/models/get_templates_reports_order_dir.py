from typing import Literal

GetTemplatesReportsOrderDir = Literal["asc", "desc"]

GET_TEMPLATES_REPORTS_ORDER_DIR_VALUES: set[GetTemplatesReportsOrderDir] = {
    "asc",
    "desc",
}


def check_get_templates_reports_order_dir(value: str) -> GetTemplatesReportsOrderDir:
    if value in GET_TEMPLATES_REPORTS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_TEMPLATES_REPORTS_ORDER_DIR_VALUES!r}")
