from typing import Literal

AccountUserRoleRole = Literal["admin", "member", "owner", "reviewer"]

ACCOUNT_USER_ROLE_ROLE_VALUES: set[AccountUserRoleRole] = {
    "admin",
    "member",
    "owner",
    "reviewer",
}


def check_account_user_role_role(value: str) -> AccountUserRoleRole:
    if value in ACCOUNT_USER_ROLE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_USER_ROLE_ROLE_VALUES!r}")
