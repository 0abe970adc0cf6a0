from typing import Literal, cast

from .._core import _decode as decode

ShareAccess = Literal["public", "secure"]

SHARE_ACCESS_VALUES: set[ShareAccess] = {
    "public",
    "secure",
}


def check_share_access(value: object, key: str | int | None = None) -> ShareAccess | str:
    """`value` as ShareAccess; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in SHARE_ACCESS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['public', 'secure']", value, key))
