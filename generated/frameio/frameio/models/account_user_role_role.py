from typing import Literal, cast

from .._core import _decode as decode

AccountUserRoleRole = Literal["admin", "member", "owner", "reviewer"]

ACCOUNT_USER_ROLE_ROLE_VALUES: set[AccountUserRoleRole] = {
    "admin",
    "member",
    "owner",
    "reviewer",
}


def check_account_user_role_role(value: object, key: str | int | None = None) -> AccountUserRoleRole | str:
    """`value` as AccountUserRoleRole; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ACCOUNT_USER_ROLE_ROLE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['admin', 'member', 'owner', 'reviewer']", value, key))
