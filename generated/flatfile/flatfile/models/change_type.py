from typing import Literal, cast

from .._core import _decode as decode

ChangeType = Literal["createdSince", "deletedSince", "updatedSince"]

CHANGE_TYPE_VALUES: set[ChangeType] = {
    "createdSince",
    "deletedSince",
    "updatedSince",
}


def check_change_type(value: object, key: str | int | None = None) -> ChangeType | str:
    """`value` as ChangeType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in CHANGE_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['createdSince', 'deletedSince', 'updatedSince']", value, key))
