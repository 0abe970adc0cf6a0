from typing import Literal

IterationRepStatus = Literal["not_started", "running", "stopped"]

ITERATION_REP_STATUS_VALUES: set[IterationRepStatus] = {
    "not_started",
    "running",
    "stopped",
}


def check_iteration_rep_status(value: str) -> IterationRepStatus:
    if value in ITERATION_REP_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ITERATION_REP_STATUS_VALUES!r}")
