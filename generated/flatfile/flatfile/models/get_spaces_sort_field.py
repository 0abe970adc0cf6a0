from typing import Literal

GetSpacesSortField = Literal[
    "createdAt", "createdByUserName", "environmentId", "filesCount", "lastActivityAt", "name", "workbooksCount"
]

GET_SPACES_SORT_FIELD_VALUES: set[GetSpacesSortField] = {
    "createdAt",
    "createdByUserName",
    "environmentId",
    "filesCount",
    "lastActivityAt",
    "name",
    "workbooksCount",
}


def check_get_spaces_sort_field(value: str) -> GetSpacesSortField:
    if value in GET_SPACES_SORT_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SPACES_SORT_FIELD_VALUES!r}")
