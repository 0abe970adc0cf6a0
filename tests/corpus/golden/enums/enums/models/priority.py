from typing import Literal

Priority = Literal[-1, 0, 1, 100]

PRIORITY_VALUES: set[Priority] = {
    -1,
    0,
    1,
    100,
}


def check_priority(value: int) -> Priority:
    if value in PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRIORITY_VALUES!r}")
