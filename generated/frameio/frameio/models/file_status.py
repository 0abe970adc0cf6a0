from typing import Literal

FileStatus = Literal["created", "transcoded", "uploaded"]

FILE_STATUS_VALUES: set[FileStatus] = {
    "created",
    "transcoded",
    "uploaded",
}


def check_file_status(value: str) -> FileStatus:
    if value in FILE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_STATUS_VALUES!r}")
