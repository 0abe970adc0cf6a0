from typing import Literal

GuestAuthenticationEnum = Literal["magic_link", "shared_link"]

GUEST_AUTHENTICATION_ENUM_VALUES: set[GuestAuthenticationEnum] = {
    "magic_link",
    "shared_link",
}


def check_guest_authentication_enum(value: str) -> GuestAuthenticationEnum:
    if value in GUEST_AUTHENTICATION_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUEST_AUTHENTICATION_ENUM_VALUES!r}")
