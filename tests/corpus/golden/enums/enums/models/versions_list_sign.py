from typing import Literal, cast

from .._core import _decode as decode

VersionsListSign = Literal["", "*", "+", "-", "A B", "a b"]

VERSIONS_LIST_SIGN_VALUES: set[VersionsListSign] = {
    "",
    "*",
    "+",
    "-",
    "A B",
    "a b",
}


def check_versions_list_sign(value: object, key: str | int | None = None) -> VersionsListSign | str:
    """`value` as VersionsListSign; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in VERSIONS_LIST_SIGN_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['', '*', '+', '-', 'A B', 'a b']", value, key))
