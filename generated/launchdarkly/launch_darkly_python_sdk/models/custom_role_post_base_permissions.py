from typing import Literal

CustomRolePostBasePermissions = Literal["no_access", "reader"]

CUSTOM_ROLE_POST_BASE_PERMISSIONS_VALUES: set[CustomRolePostBasePermissions] = {
    "no_access",
    "reader",
}


def check_custom_role_post_base_permissions(value: str) -> CustomRolePostBasePermissions:
    if value in CUSTOM_ROLE_POST_BASE_PERMISSIONS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_ROLE_POST_BASE_PERMISSIONS_VALUES!r}")
