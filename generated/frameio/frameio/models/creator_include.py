from typing import Literal, cast

from .._core import _decode as decode

CreatorInclude = Literal["creator"]

CREATOR_INCLUDE_VALUES: set[CreatorInclude] = {
    "creator",
}


def check_creator_include(value: object, key: str | int | None = None) -> CreatorInclude | str:
    """`value` as CreatorInclude; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in CREATOR_INCLUDE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['creator']", value, key))
