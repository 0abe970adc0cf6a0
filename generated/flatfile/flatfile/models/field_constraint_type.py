from typing import Literal

FieldConstraintType = Literal["computed", "external", "required", "stored", "unique"]

FIELD_CONSTRAINT_TYPE_VALUES: set[FieldConstraintType] = {
    "computed",
    "external",
    "required",
    "stored",
    "unique",
}


def check_field_constraint_type(value: str) -> FieldConstraintType:
    if value in FIELD_CONSTRAINT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELD_CONSTRAINT_TYPE_VALUES!r}")
