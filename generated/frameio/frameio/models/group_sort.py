from typing import Literal, cast

from .._core import _decode as decode

GroupSort = Literal["created_at_asc", "created_at_desc", "creator_asc", "creator_desc", "name_asc", "name_desc"]

GROUP_SORT_VALUES: set[GroupSort] = {
    "created_at_asc",
    "created_at_desc",
    "creator_asc",
    "creator_desc",
    "name_asc",
    "name_desc",
}


def check_group_sort(value: object, key: str | int | None = None) -> GroupSort | str:
    """`value` as GroupSort; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GROUP_SORT_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['created_at_asc', 'created_at_desc', 'creator_asc', 'creator_desc', 'name_asc', 'name_desc']",
            value,
            key,
        ),
    )
