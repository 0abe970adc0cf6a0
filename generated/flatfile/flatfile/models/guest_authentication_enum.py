from typing import Literal, cast

from .._core import _decode as decode

GuestAuthenticationEnum = Literal["magic_link", "shared_link"]

GUEST_AUTHENTICATION_ENUM_VALUES: set[GuestAuthenticationEnum] = {
    "magic_link",
    "shared_link",
}


def check_guest_authentication_enum(value: object, key: str | int | None = None) -> GuestAuthenticationEnum | str:
    """`value` as GuestAuthenticationEnum; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GUEST_AUTHENTICATION_ENUM_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['magic_link', 'shared_link']", value, key))
