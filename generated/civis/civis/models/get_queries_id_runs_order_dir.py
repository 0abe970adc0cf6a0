from typing import Literal, cast

from .._core import _decode as decode

GetQueriesIdRunsOrderDir = Literal["asc", "desc"]

GET_QUERIES_ID_RUNS_ORDER_DIR_VALUES: set[GetQueriesIdRunsOrderDir] = {
    "asc",
    "desc",
}


def check_get_queries_id_runs_order_dir(value: object, key: str | int | None = None) -> GetQueriesIdRunsOrderDir | str:
    """`value` as GetQueriesIdRunsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_QUERIES_ID_RUNS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
