from typing import Literal

Version = Literal["v1"]

VERSION_VALUES: set[Version] = {
    "v1",
}


def check_version(value: str) -> Version:
    if value in VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERSION_VALUES!r}")
