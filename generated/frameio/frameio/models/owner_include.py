from typing import Literal, cast

from .._core import _decode as decode

OwnerInclude = Literal["owner"]

OWNER_INCLUDE_VALUES: set[OwnerInclude] = {
    "owner",
}


def check_owner_include(value: object, key: str | int | None = None) -> OwnerInclude | str:
    """`value` as OwnerInclude; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in OWNER_INCLUDE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['owner']", value, key))
