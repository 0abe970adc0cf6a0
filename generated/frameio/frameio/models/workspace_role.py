from typing import Literal, cast

from .._core import _decode as decode

WorkspaceRole = Literal["commenter", "edit_only", "editor", "full_access", "viewer", "workspace_admin"]

WORKSPACE_ROLE_VALUES: set[WorkspaceRole] = {
    "commenter",
    "edit_only",
    "editor",
    "full_access",
    "viewer",
    "workspace_admin",
}


def check_workspace_role(value: object, key: str | int | None = None) -> WorkspaceRole | str:
    """`value` as WorkspaceRole; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in WORKSPACE_ROLE_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['commenter', 'edit_only', 'editor', 'full_access', 'viewer', 'workspace_admin']", value, key
        ),
    )
