from typing import Literal, cast

from .._core import _decode as decode

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


def check_user_role_role(value: object, key: str | int | None = None) -> UserRoleRole | str:
    """`value` as UserRoleRole; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in USER_ROLE_ROLE_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['admin', 'commenter', 'edit_only', 'editor', 'full_access', 'owner', 'viewer', 'workspace_admin']",
            value,
            key,
        ),
    )
