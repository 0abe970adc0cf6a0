from typing import Literal

Filter = Literal["all", "error", "none", "valid"]

FILTER_VALUES: set[Filter] = {
    "all",
    "error",
    "none",
    "valid",
}


def check_filter(value: str) -> Filter:
    if value in FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILTER_VALUES!r}")
