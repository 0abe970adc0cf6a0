from typing import Literal

ReviewerSort = Literal["active", "inactive", "name_asc", "name_desc"]

REVIEWER_SORT_VALUES: set[ReviewerSort] = {
    "active",
    "inactive",
    "name_asc",
    "name_desc",
}


def check_reviewer_sort(value: str) -> ReviewerSort:
    if value in REVIEWER_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REVIEWER_SORT_VALUES!r}")
