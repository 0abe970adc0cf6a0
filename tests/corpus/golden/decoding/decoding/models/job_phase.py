from typing import Literal, cast

from .._core import _decode as decode

JobPhase = Literal["queued", "running"]

JOB_PHASE_VALUES: set[JobPhase] = {
    "queued",
    "running",
}


def check_job_phase(value: object, key: str | int | None = None) -> JobPhase | str:
    """`value` as JobPhase; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in JOB_PHASE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['queued', 'running']", value, key))
