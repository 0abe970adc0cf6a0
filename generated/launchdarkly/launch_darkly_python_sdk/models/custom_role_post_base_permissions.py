from typing import Literal, cast

from .._core import _decode as decode

CustomRolePostBasePermissions = Literal["no_access", "reader"]

CUSTOM_ROLE_POST_BASE_PERMISSIONS_VALUES: set[CustomRolePostBasePermissions] = {
    "no_access",
    "reader",
}


def check_custom_role_post_base_permissions(
    value: object, key: str | int | None = None
) -> CustomRolePostBasePermissions | str:
    """`value` as CustomRolePostBasePermissions; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in CUSTOM_ROLE_POST_BASE_PERMISSIONS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['no_access', 'reader']", value, key))
