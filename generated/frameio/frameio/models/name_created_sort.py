from typing import Literal

NameCreatedSort = Literal["created_at_asc", "created_at_desc", "name_asc", "name_desc"]

NAME_CREATED_SORT_VALUES: set[NameCreatedSort] = {
    "created_at_asc",
    "created_at_desc",
    "name_asc",
    "name_desc",
}


def check_name_created_sort(value: str) -> NameCreatedSort:
    if value in NAME_CREATED_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NAME_CREATED_SORT_VALUES!r}")
