from typing import Literal

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


def check_job_status(value: str) -> JobStatus:
    if value in JOB_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_STATUS_VALUES!r}")
