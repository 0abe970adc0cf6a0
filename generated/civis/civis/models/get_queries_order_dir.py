from typing import Literal

GetQueriesOrderDir = Literal["asc", "desc"]

GET_QUERIES_ORDER_DIR_VALUES: set[GetQueriesOrderDir] = {
    "asc",
    "desc",
}


def check_get_queries_order_dir(value: str) -> GetQueriesOrderDir:
    if value in GET_QUERIES_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_QUERIES_ORDER_DIR_VALUES!r}")
