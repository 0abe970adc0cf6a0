from typing import Literal

FolderWithIncludesType = Literal["folder"]

FOLDER_WITH_INCLUDES_TYPE_VALUES: set[FolderWithIncludesType] = {
    "folder",
}


def check_folder_with_includes_type(value: str) -> FolderWithIncludesType:
    if value in FOLDER_WITH_INCLUDES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FOLDER_WITH_INCLUDES_TYPE_VALUES!r}")
