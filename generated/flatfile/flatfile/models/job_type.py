from typing import Literal, cast

from .._core import _decode as decode

JobType = Literal["app", "document", "file", "sheet", "space", "workbook"]

JOB_TYPE_VALUES: set[JobType] = {
    "app",
    "document",
    "file",
    "sheet",
    "space",
    "workbook",
}


def check_job_type(value: object, key: str | int | None = None) -> JobType | str:
    """`value` as JobType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in JOB_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['app', 'document', 'file', 'sheet', 'space', 'workbook']", value, key))
