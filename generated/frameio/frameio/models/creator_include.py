from typing import Literal

CreatorInclude = Literal["creator"]

CREATOR_INCLUDE_VALUES: set[CreatorInclude] = {
    "creator",
}


def check_creator_include(value: str) -> CreatorInclude:
    if value in CREATOR_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATOR_INCLUDE_VALUES!r}")
