from typing import Literal, cast

from .._core import _decode as decode

AccessTokenPostRole = Literal["admin", "reader", "writer"]

ACCESS_TOKEN_POST_ROLE_VALUES: set[AccessTokenPostRole] = {
    "admin",
    "reader",
    "writer",
}


def check_access_token_post_role(value: object, key: str | int | None = None) -> AccessTokenPostRole | str:
    """`value` as AccessTokenPostRole; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ACCESS_TOKEN_POST_ROLE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['admin', 'reader', 'writer']", value, key))
