from typing import Literal

GetResultsOrderDir = Literal["asc", "desc"]

GET_RESULTS_ORDER_DIR_VALUES: set[GetResultsOrderDir] = {
    "asc",
    "desc",
}


def check_get_results_order_dir(value: str) -> GetResultsOrderDir:
    if value in GET_RESULTS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RESULTS_ORDER_DIR_VALUES!r}")
