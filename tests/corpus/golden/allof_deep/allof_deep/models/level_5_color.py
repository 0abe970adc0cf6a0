from typing import Literal, cast

from .._core import _decode as decode

Level5Color = Literal["green", "red"]

LEVEL_5_COLOR_VALUES: set[Level5Color] = {
    "green",
    "red",
}


def check_level_5_color(value: object, key: str | int | None = None) -> Level5Color | str:
    """`value` as Level5Color; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in LEVEL_5_COLOR_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['green', 'red']", value, key))
