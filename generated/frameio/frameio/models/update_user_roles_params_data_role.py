from typing import Literal

UpdateUserRolesParamsDataRole = Literal["commenter", "edit_only", "editor", "full_access", "viewer"]

UPDATE_USER_ROLES_PARAMS_DATA_ROLE_VALUES: set[UpdateUserRolesParamsDataRole] = {
    "commenter",
    "edit_only",
    "editor",
    "full_access",
    "viewer",
}


def check_update_user_roles_params_data_role(value: str) -> UpdateUserRolesParamsDataRole:
    if value in UPDATE_USER_ROLES_PARAMS_DATA_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_USER_ROLES_PARAMS_DATA_ROLE_VALUES!r}")
