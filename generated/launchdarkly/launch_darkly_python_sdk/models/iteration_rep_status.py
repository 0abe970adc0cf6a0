from typing import Literal, cast

from .._core import _decode as decode

IterationRepStatus = Literal["not_started", "running", "stopped"]

ITERATION_REP_STATUS_VALUES: set[IterationRepStatus] = {
    "not_started",
    "running",
    "stopped",
}


def check_iteration_rep_status(value: object, key: str | int | None = None) -> IterationRepStatus | str:
    """`value` as IterationRepStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ITERATION_REP_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['not_started', 'running', 'stopped']", value, key))
