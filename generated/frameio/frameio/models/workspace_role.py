from typing import Literal

WorkspaceRole = Literal["commenter", "edit_only", "editor", "full_access", "viewer", "workspace_admin"]

WORKSPACE_ROLE_VALUES: set[WorkspaceRole] = {
    "commenter",
    "edit_only",
    "editor",
    "full_access",
    "viewer",
    "workspace_admin",
}


def check_workspace_role(value: str) -> WorkspaceRole:
    if value in WORKSPACE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKSPACE_ROLE_VALUES!r}")
