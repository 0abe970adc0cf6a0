from typing import Literal

OwnerInclude = Literal["owner"]

OWNER_INCLUDE_VALUES: set[OwnerInclude] = {
    "owner",
}


def check_owner_include(value: str) -> OwnerInclude:
    if value in OWNER_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OWNER_INCLUDE_VALUES!r}")
