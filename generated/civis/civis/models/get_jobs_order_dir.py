from typing import Literal, cast

from .._core import _decode as decode

GetJobsOrderDir = Literal["asc", "desc"]

GET_JOBS_ORDER_DIR_VALUES: set[GetJobsOrderDir] = {
    "asc",
    "desc",
}


def check_get_jobs_order_dir(value: object, key: str | int | None = None) -> GetJobsOrderDir | str:
    """`value` as GetJobsOrderDir; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GET_JOBS_ORDER_DIR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
