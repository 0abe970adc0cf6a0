from typing import Literal

GetReportsOrderDir = Literal["asc", "desc"]

GET_REPORTS_ORDER_DIR_VALUES: set[GetReportsOrderDir] = {
    "asc",
    "desc",
}


def check_get_reports_order_dir(value: str) -> GetReportsOrderDir:
    if value in GET_REPORTS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_REPORTS_ORDER_DIR_VALUES!r}")
