from typing import Literal

AccountSort = Literal["created_at_asc", "created_at_desc", "display_name_asc", "display_name_desc"]

ACCOUNT_SORT_VALUES: set[AccountSort] = {
    "created_at_asc",
    "created_at_desc",
    "display_name_asc",
    "display_name_desc",
}


def check_account_sort(value: str) -> AccountSort:
    if value in ACCOUNT_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_SORT_VALUES!r}")
