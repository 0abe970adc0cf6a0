from typing import Literal

UpdateUserRolesResponseDataRole = Literal["commenter", "edit_only", "editor", "full_access", "viewer"]

UPDATE_USER_ROLES_RESPONSE_DATA_ROLE_VALUES: set[UpdateUserRolesResponseDataRole] = {
    "commenter",
    "edit_only",
    "editor",
    "full_access",
    "viewer",
}


def check_update_user_roles_response_data_role(value: str) -> UpdateUserRolesResponseDataRole:
    if value in UPDATE_USER_ROLES_RESPONSE_DATA_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_USER_ROLES_RESPONSE_DATA_ROLE_VALUES!r}")
