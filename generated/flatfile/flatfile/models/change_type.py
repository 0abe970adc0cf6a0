from typing import Literal

ChangeType = Literal["createdSince", "deletedSince", "updatedSince"]

CHANGE_TYPE_VALUES: set[ChangeType] = {
    "createdSince",
    "deletedSince",
    "updatedSince",
}


def check_change_type(value: str) -> ChangeType:
    if value in CHANGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANGE_TYPE_VALUES!r}")
