from typing import Literal

ListUsersSortField = Literal[
    "created_at", "dashboard", "email", "id", "idp", "idp_ref", "last_seen_at", "name", "updated_at"
]

LIST_USERS_SORT_FIELD_VALUES: set[ListUsersSortField] = {
    "created_at",
    "dashboard",
    "email",
    "id",
    "idp",
    "idp_ref",
    "last_seen_at",
    "name",
    "updated_at",
}


def check_list_users_sort_field(value: str) -> ListUsersSortField:
    if value in LIST_USERS_SORT_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_USERS_SORT_FIELD_VALUES!r}")
