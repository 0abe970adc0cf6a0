from typing import Literal, cast

from .._core import _decode as decode

GadgetsListTheme = Literal["dark", "light"]

GADGETS_LIST_THEME_VALUES: set[GadgetsListTheme] = {
    "dark",
    "light",
}


def check_gadgets_list_theme(value: object, key: str | int | None = None) -> GadgetsListTheme | str:
    """`value` as GadgetsListTheme; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GADGETS_LIST_THEME_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['dark', 'light']", value, key))
