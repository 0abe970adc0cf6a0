from typing import Literal, cast

from .._core import _decode as decode

Version = Literal["v1"]

VERSION_VALUES: set[Version] = {
    "v1",
}


def check_version(value: object, key: str | int | None = None) -> Version | str:
    """`value` as Version; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in VERSION_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['v1']", value, key))
