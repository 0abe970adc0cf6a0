from typing import Literal, cast

from .._core import _decode as decode

GetReportsOrderDir = Literal["asc", "desc"]

GET_REPORTS_ORDER_DIR_VALUES: set[GetReportsOrderDir] = {
    "asc",
    "desc",
}


def check_get_reports_order_dir(value: object, key: str | int | None = None) -> GetReportsOrderDir | str:
    """`value` as GetReportsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_REPORTS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
