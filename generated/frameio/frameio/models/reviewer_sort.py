from typing import Literal, cast

from .._core import _decode as decode

ReviewerSort = Literal["active", "inactive", "name_asc", "name_desc"]

REVIEWER_SORT_VALUES: set[ReviewerSort] = {
    "active",
    "inactive",
    "name_asc",
    "name_desc",
}


def check_reviewer_sort(value: object, key: str | int | None = None) -> ReviewerSort | str:
    """`value` as ReviewerSort; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in REVIEWER_SORT_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['active', 'inactive', 'name_asc', 'name_desc']", value, key))
