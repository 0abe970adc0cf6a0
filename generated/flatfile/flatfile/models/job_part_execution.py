from typing import Literal, cast

from .._core import _decode as decode

JobPartExecution = Literal["parallel", "sequential"]

JOB_PART_EXECUTION_VALUES: set[JobPartExecution] = {
    "parallel",
    "sequential",
}


def check_job_part_execution(value: object, key: str | int | None = None) -> JobPartExecution | str:
    """`value` as JobPartExecution; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in JOB_PART_EXECUTION_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['parallel', 'sequential']", value, key))
