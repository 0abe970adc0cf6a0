from typing import Literal, cast

from .._core import _decode as decode

JobStatus = Literal["canceled", "complete", "created", "executing", "failed", "planning", "ready", "scheduled"]

JOB_STATUS_VALUES: set[JobStatus] = {
    "canceled",
    "complete",
    "created",
    "executing",
    "failed",
    "planning",
    "ready",
    "scheduled",
}


def check_job_status(value: object, key: str | int | None = None) -> JobStatus | str:
    """`value` as JobStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in JOB_STATUS_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['canceled', 'complete', 'created', 'executing', 'failed', 'planning', 'ready', 'scheduled']",
            value,
            key,
        ),
    )
