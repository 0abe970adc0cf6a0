from typing import Literal

GroupSort = Literal["created_at_asc", "created_at_desc", "creator_asc", "creator_desc", "name_asc", "name_desc"]

GROUP_SORT_VALUES: set[GroupSort] = {
    "created_at_asc",
    "created_at_desc",
    "creator_asc",
    "creator_desc",
    "name_asc",
    "name_desc",
}


def check_group_sort(value: str) -> GroupSort:
    if value in GROUP_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_SORT_VALUES!r}")
