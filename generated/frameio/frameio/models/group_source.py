from typing import Literal, cast

from .._core import _decode as decode

GroupSource = Literal["adobe", "frame", "workfront"]

GROUP_SOURCE_VALUES: set[GroupSource] = {
    "adobe",
    "frame",
    "workfront",
}


def check_group_source(value: object, key: str | int | None = None) -> GroupSource | str:
    """`value` as GroupSource; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GROUP_SOURCE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['adobe', 'frame', 'workfront']", value, key))
