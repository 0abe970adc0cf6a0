from typing import Literal

UserRoleSort = Literal["email_asc", "email_desc", "name_asc", "name_desc", "role_asc", "role_desc"]

USER_ROLE_SORT_VALUES: set[UserRoleSort] = {
    "email_asc",
    "email_desc",
    "name_asc",
    "name_desc",
    "role_asc",
    "role_desc",
}


def check_user_role_sort(value: str) -> UserRoleSort:
    if value in USER_ROLE_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_ROLE_SORT_VALUES!r}")
