from typing import Literal

SpaceAccess = Literal["*", "upload"]

SPACE_ACCESS_VALUES: set[SpaceAccess] = {
    "*",
    "upload",
}


def check_space_access(value: str) -> SpaceAccess:
    if value in SPACE_ACCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPACE_ACCESS_VALUES!r}")
