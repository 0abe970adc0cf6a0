from typing import Literal

ConstraintType = Literal["external", "stored"]

CONSTRAINT_TYPE_VALUES: set[ConstraintType] = {
    "external",
    "stored",
}


def check_constraint_type(value: str) -> ConstraintType:
    if value in CONSTRAINT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONSTRAINT_TYPE_VALUES!r}")
