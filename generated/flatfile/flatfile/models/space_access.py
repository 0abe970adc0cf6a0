from typing import Literal, cast

from .._core import _decode as decode

SpaceAccess = Literal["*", "upload"]

SPACE_ACCESS_VALUES: set[SpaceAccess] = {
    "*",
    "upload",
}


def check_space_access(value: object, key: str | int | None = None) -> SpaceAccess | str:
    """`value` as SpaceAccess; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in SPACE_ACCESS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['*', 'upload']", value, key))
