from typing import Literal, cast

from .._core import _decode as decode

SortDirection = Literal["asc", "desc"]

SORT_DIRECTION_VALUES: set[SortDirection] = {
    "asc",
    "desc",
}


def check_sort_direction(value: object, key: str | int | None = None) -> SortDirection | str:
    """`value` as SortDirection; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in SORT_DIRECTION_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['asc', 'desc']", value, key))
