from typing import Literal, cast

from .._core import _decode as decode

FileWithIncludesStatus = Literal["created", "transcoded", "uploaded"]

FILE_WITH_INCLUDES_STATUS_VALUES: set[FileWithIncludesStatus] = {
    "created",
    "transcoded",
    "uploaded",
}


def check_file_with_includes_status(value: object, key: str | int | None = None) -> FileWithIncludesStatus | str:
    """`value` as FileWithIncludesStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FILE_WITH_INCLUDES_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['created', 'transcoded', 'uploaded']", value, key))
