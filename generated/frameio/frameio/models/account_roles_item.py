from typing import Literal

AccountRolesItem = Literal["admin", "member", "owner"]

ACCOUNT_ROLES_ITEM_VALUES: set[AccountRolesItem] = {
    "admin",
    "member",
    "owner",
}


def check_account_roles_item(value: str) -> AccountRolesItem:
    if value in ACCOUNT_ROLES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_ROLES_ITEM_VALUES!r}")
