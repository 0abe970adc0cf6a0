from typing import Literal, cast

from .._core import _decode as decode

FieldConstraintType = Literal["computed", "external", "required", "stored", "unique"]

FIELD_CONSTRAINT_TYPE_VALUES: set[FieldConstraintType] = {
    "computed",
    "external",
    "required",
    "stored",
    "unique",
}


def check_field_constraint_type(value: object, key: str | int | None = None) -> FieldConstraintType | str:
    """`value` as FieldConstraintType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FIELD_CONSTRAINT_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['computed', 'external', 'required', 'stored', 'unique']", value, key))
