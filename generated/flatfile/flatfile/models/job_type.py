from typing import Literal

JobType = Literal["app", "document", "file", "sheet", "space", "workbook"]

JOB_TYPE_VALUES: set[JobType] = {
    "app",
    "document",
    "file",
    "sheet",
    "space",
    "workbook",
}


def check_job_type(value: str) -> JobType:
    if value in JOB_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_TYPE_VALUES!r}")
