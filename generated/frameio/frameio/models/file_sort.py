from typing import Literal

FileSort = Literal[
    "created_at_asc",
    "created_at_desc",
    "file_size_asc",
    "file_size_desc",
    "name_asc",
    "name_desc",
    "updated_at_asc",
    "updated_at_desc",
]

FILE_SORT_VALUES: set[FileSort] = {
    "created_at_asc",
    "created_at_desc",
    "file_size_asc",
    "file_size_desc",
    "name_asc",
    "name_desc",
    "updated_at_asc",
    "updated_at_desc",
}


def check_file_sort(value: str) -> FileSort:
    if value in FILE_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILE_SORT_VALUES!r}")
