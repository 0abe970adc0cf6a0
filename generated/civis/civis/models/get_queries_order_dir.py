from typing import Literal, cast

from .._core import _decode as decode

GetQueriesOrderDir = Literal["asc", "desc"]

GET_QUERIES_ORDER_DIR_VALUES: set[GetQueriesOrderDir] = {
    "asc",
    "desc",
}


def check_get_queries_order_dir(value: object, key: str | int | None = None) -> GetQueriesOrderDir | str:
    """`value` as GetQueriesOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_QUERIES_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
