from typing import Literal, cast

from .._core import _decode as decode

Priority = Literal[-1, 0, 1, 100]

PRIORITY_VALUES: set[Priority] = {
    -1,
    0,
    1,
    100,
}


def check_priority(value: object, key: str | int | None = None) -> Priority | int:
    """`value` as Priority; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in PRIORITY_VALUES:
        return value
    return cast(int, decode.mismatch("one of [-1, 0, 1, 100]", value, key))
