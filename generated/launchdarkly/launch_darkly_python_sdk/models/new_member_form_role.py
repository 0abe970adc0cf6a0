from typing import Literal

NewMemberFormRole = Literal["admin", "no_access", "reader", "writer"]

NEW_MEMBER_FORM_ROLE_VALUES: set[NewMemberFormRole] = {
    "admin",
    "no_access",
    "reader",
    "writer",
}


def check_new_member_form_role(value: str) -> NewMemberFormRole:
    if value in NEW_MEMBER_FORM_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEW_MEMBER_FORM_ROLE_VALUES!r}")
