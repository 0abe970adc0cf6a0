from typing import Literal, cast

from .._core import _decode as decode

GetResultsOrderDir = Literal["asc", "desc"]

GET_RESULTS_ORDER_DIR_VALUES: set[GetResultsOrderDir] = {
    "asc",
    "desc",
}


def check_get_results_order_dir(value: object, key: str | int | None = None) -> GetResultsOrderDir | str:
    """`value` as GetResultsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_RESULTS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
