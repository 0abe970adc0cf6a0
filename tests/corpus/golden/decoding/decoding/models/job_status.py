from typing import Literal, cast

from .._core import _decode as decode

JobStatus = Literal["failed", "in_progress", "succeeded"]

JOB_STATUS_VALUES: set[JobStatus] = {
    "failed",
    "in_progress",
    "succeeded",
}


def check_job_status(value: object, key: str | int | None = None) -> JobStatus | str:
    """`value` as JobStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in JOB_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['failed', 'in_progress', 'succeeded']", value, key))
