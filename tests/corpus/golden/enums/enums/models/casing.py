from typing import Literal, cast

from .._core import _decode as decode

Casing = Literal["1st", "ACTIVE", "Active", "None", "active", "class", "in-active", "in_active", "üñí", "日本"]

CASING_VALUES: set[Casing] = {
    "1st",
    "ACTIVE",
    "Active",
    "None",
    "active",
    "class",
    "in-active",
    "in_active",
    "üñí",
    "日本",
}


def check_casing(value: object, key: str | int | None = None) -> Casing | str:
    """`value` as Casing; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in CASING_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['1st', 'ACTIVE', 'Active', 'None', 'active', 'class', 'in-active', 'in_active', '\u00fc\u00f1\u00ed', '\u65e5\u672c']",
            value,
            key,
        ),
    )
