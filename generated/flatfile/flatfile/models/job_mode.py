from typing import Literal, cast

from .._core import _decode as decode

JobMode = Literal["background", "foreground", "toolbarBlocking"]

JOB_MODE_VALUES: set[JobMode] = {
    "background",
    "foreground",
    "toolbarBlocking",
}


def check_job_mode(value: object, key: str | int | None = None) -> JobMode | str:
    """`value` as JobMode; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in JOB_MODE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['background', 'foreground', 'toolbarBlocking']", value, key))
