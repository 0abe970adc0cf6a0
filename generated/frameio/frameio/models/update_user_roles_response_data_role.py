from typing import Literal, cast

from .._core import _decode as decode

UpdateUserRolesResponseDataRole = Literal["commenter", "edit_only", "editor", "full_access", "viewer"]

UPDATE_USER_ROLES_RESPONSE_DATA_ROLE_VALUES: set[UpdateUserRolesResponseDataRole] = {
    "commenter",
    "edit_only",
    "editor",
    "full_access",
    "viewer",
}


def check_update_user_roles_response_data_role(
    value: object, key: str | int | None = None
) -> UpdateUserRolesResponseDataRole | str:
    """`value` as UpdateUserRolesResponseDataRole; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in UPDATE_USER_ROLES_RESPONSE_DATA_ROLE_VALUES:
        return value
    return cast(
        str, decode.mismatch("one of ['commenter', 'edit_only', 'editor', 'full_access', 'viewer']", value, key)
    )
