from typing import Literal, cast

from .._core import _decode as decode

FileStatus = Literal["created", "transcoded", "uploaded"]

FILE_STATUS_VALUES: set[FileStatus] = {
    "created",
    "transcoded",
    "uploaded",
}


def check_file_status(value: object, key: str | int | None = None) -> FileStatus | str:
    """`value` as FileStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FILE_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['created', 'transcoded', 'uploaded']", value, key))
