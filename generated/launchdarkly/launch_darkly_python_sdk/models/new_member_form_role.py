from typing import Literal, cast

from .._core import _decode as decode

NewMemberFormRole = Literal["admin", "no_access", "reader", "writer"]

NEW_MEMBER_FORM_ROLE_VALUES: set[NewMemberFormRole] = {
    "admin",
    "no_access",
    "reader",
    "writer",
}


def check_new_member_form_role(value: object, key: str | int | None = None) -> NewMemberFormRole | str:
    """`value` as NewMemberFormRole; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in NEW_MEMBER_FORM_ROLE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['admin', 'no_access', 'reader', 'writer']", value, key))
