from typing import Literal, cast

from .._core import _decode as decode

UserRoleSort = Literal["email_asc", "email_desc", "name_asc", "name_desc", "role_asc", "role_desc"]

USER_ROLE_SORT_VALUES: set[UserRoleSort] = {
    "email_asc",
    "email_desc",
    "name_asc",
    "name_desc",
    "role_asc",
    "role_desc",
}


def check_user_role_sort(value: object, key: str | int | None = None) -> UserRoleSort | str:
    """`value` as UserRoleSort; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in USER_ROLE_SORT_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['email_asc', 'email_desc', 'name_asc', 'name_desc', 'role_asc', 'role_desc']", value, key
        ),
    )
