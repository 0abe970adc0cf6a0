from typing import Literal

JobPartExecution = Literal["parallel", "sequential"]

JOB_PART_EXECUTION_VALUES: set[JobPartExecution] = {
    "parallel",
    "sequential",
}


def check_job_part_execution(value: str) -> JobPartExecution:
    if value in JOB_PART_EXECUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_PART_EXECUTION_VALUES!r}")
