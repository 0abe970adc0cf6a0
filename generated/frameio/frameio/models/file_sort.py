from typing import Literal, cast

from .._core import _decode as decode

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


def check_file_sort(value: object, key: str | int | None = None) -> FileSort | str:
    """`value` as FileSort; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FILE_SORT_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['created_at_asc', 'created_at_desc', 'file_size_asc', 'file_size_desc', 'name_asc', 'name_desc', 'updated_at_asc', 'updated_at_desc']",
            value,
            key,
        ),
    )
