from typing import Literal, cast

from .._core import _decode as decode

NameCreatedSort = Literal["created_at_asc", "created_at_desc", "name_asc", "name_desc"]

NAME_CREATED_SORT_VALUES: set[NameCreatedSort] = {
    "created_at_asc",
    "created_at_desc",
    "name_asc",
    "name_desc",
}


def check_name_created_sort(value: object, key: str | int | None = None) -> NameCreatedSort | str:
    """`value` as NameCreatedSort; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in NAME_CREATED_SORT_VALUES:
        return value
    return cast(
        str, decode.mismatch("one of ['created_at_asc', 'created_at_desc', 'name_asc', 'name_desc']", value, key)
    )
