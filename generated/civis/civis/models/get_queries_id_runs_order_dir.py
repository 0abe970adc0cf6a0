from typing import Literal

GetQueriesIdRunsOrderDir = Literal["asc", "desc"]

GET_QUERIES_ID_RUNS_ORDER_DIR_VALUES: set[GetQueriesIdRunsOrderDir] = {
    "asc",
    "desc",
}


def check_get_queries_id_runs_order_dir(value: str) -> GetQueriesIdRunsOrderDir:
    if value in GET_QUERIES_ID_RUNS_ORDER_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_QUERIES_ID_RUNS_ORDER_DIR_VALUES!r}")
