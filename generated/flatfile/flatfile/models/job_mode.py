from typing import Literal

JobMode = Literal["background", "foreground", "toolbarBlocking"]

JOB_MODE_VALUES: set[JobMode] = {
    "background",
    "foreground",
    "toolbarBlocking",
}


def check_job_mode(value: str) -> JobMode:
    if value in JOB_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_MODE_VALUES!r}")
