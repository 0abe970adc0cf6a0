from typing import Literal

ShareAccess = Literal["public", "secure"]

SHARE_ACCESS_VALUES: set[ShareAccess] = {
    "public",
    "secure",
}


def check_share_access(value: str) -> ShareAccess:
    if value in SHARE_ACCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHARE_ACCESS_VALUES!r}")
