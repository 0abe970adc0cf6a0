from typing import Literal

Casing = Literal["1st", "ACTIVE", "Active", "None", "active", "class", "in-active", "in_active", "üñí", "日本"]

CASING_VALUES: set[Casing] = {
    "1st",
    "ACTIVE",
    "Active",
    "None",
    "active",
    "class",
    "in-active",
    "in_active",
    "üñí",
    "日本",
}


def check_casing(value: str) -> Casing:
    if value in CASING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CASING_VALUES!r}")
