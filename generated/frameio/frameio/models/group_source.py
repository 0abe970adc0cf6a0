from typing import Literal

GroupSource = Literal["adobe", "frame", "workfront"]

GROUP_SOURCE_VALUES: set[GroupSource] = {
    "adobe",
    "frame",
    "workfront",
}


def check_group_source(value: str) -> GroupSource:
    if value in GROUP_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_SOURCE_VALUES!r}")
