from typing import Literal, cast

from .._core import _decode as decode

Filter = Literal["all", "error", "none", "valid"]

FILTER_VALUES: set[Filter] = {
    "all",
    "error",
    "none",
    "valid",
}


def check_filter(value: object, key: str | int | None = None) -> Filter | str:
    """`value` as Filter; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FILTER_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['all', 'error', 'none', 'valid']", value, key))
