from typing import Literal, cast

from .._core import _decode as decode

AccountRolesItem = Literal["admin", "member", "owner"]

ACCOUNT_ROLES_ITEM_VALUES: set[AccountRolesItem] = {
    "admin",
    "member",
    "owner",
}


def check_account_roles_item(value: object, key: str | int | None = None) -> AccountRolesItem | str:
    """`value` as AccountRolesItem; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ACCOUNT_ROLES_ITEM_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['admin', 'member', 'owner']", value, key))
