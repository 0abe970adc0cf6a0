from typing import Literal

FileWithIncludesStatus = Literal["created", "transcoded", "uploaded"]

FILE_WITH_INCLUDES_STATUS_VALUES: set[FileWithIncludesStatus] = {
    "created",
    "transcoded",
    "uploaded",
}


def check_file_with_includes_status(value: str) -> FileWithIncludesStatus:
    if value in FILE_WITH_INCLUDES_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_WITH_INCLUDES_STATUS_VALUES!r}")
