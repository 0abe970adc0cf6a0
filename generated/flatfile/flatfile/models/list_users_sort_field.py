from typing import Literal, cast

from .._core import _decode as decode

ListUsersSortField = Literal[
    "created_at", "dashboard", "email", "id", "idp", "idp_ref", "last_seen_at", "name", "updated_at"
]

LIST_USERS_SORT_FIELD_VALUES: set[ListUsersSortField] = {
    "created_at",
    "dashboard",
    "email",
    "id",
    "idp",
    "idp_ref",
    "last_seen_at",
    "name",
    "updated_at",
}


def check_list_users_sort_field(value: object, key: str | int | None = None) -> ListUsersSortField | str:
    """`value` as ListUsersSortField; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in LIST_USERS_SORT_FIELD_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['created_at', 'dashboard', 'email', 'id', 'idp', 'idp_ref', 'last_seen_at', 'name', 'updated_at']",
            value,
            key,
        ),
    )
