from typing import Literal, cast

from .._core import _decode as decode

ConstraintType = Literal["external", "stored"]

CONSTRAINT_TYPE_VALUES: set[ConstraintType] = {
    "external",
    "stored",
}


def check_constraint_type(value: object, key: str | int | None = None) -> ConstraintType | str:
    """`value` as ConstraintType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in CONSTRAINT_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['external', 'stored']", value, key))
