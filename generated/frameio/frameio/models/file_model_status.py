from typing import Literal, cast

from .._core import _decode as decode

FileModelStatus = Literal["created", "transcoded", "uploaded"]

FILE_MODEL_STATUS_VALUES: set[FileModelStatus] = {
    "created",
    "transcoded",
    "uploaded",
}


def check_file_model_status(value: object, key: str | int | None = None) -> FileModelStatus | str:
    """`value` as FileModelStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FILE_MODEL_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['created', 'transcoded', 'uploaded']", value, key))
