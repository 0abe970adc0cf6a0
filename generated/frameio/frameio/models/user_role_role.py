from typing import Literal

UserRoleRole = Literal["admin", "commenter", "edit_only", "editor", "full_access", "owner", "viewer", "workspace_admin"]

USER_ROLE_ROLE_VALUES: set[UserRoleRole] = {
    "admin",
    "commenter",
    "edit_only",
    "editor",
    "full_access",
    "owner",
    "viewer",
    "workspace_admin",
}


def check_user_role_role(value: str) -> UserRoleRole:
    if value in USER_ROLE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_ROLE_ROLE_VALUES!r}")
