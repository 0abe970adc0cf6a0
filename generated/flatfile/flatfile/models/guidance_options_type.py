from typing import Literal, cast

from .._core import _decode as decode

GuidanceOptionsType = Literal["popover", "sidebar"]

GUIDANCE_OPTIONS_TYPE_VALUES: set[GuidanceOptionsType] = {
    "popover",
    "sidebar",
}


def check_guidance_options_type(value: object, key: str | int | None = None) -> GuidanceOptionsType | str:
    """`value` as GuidanceOptionsType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GUIDANCE_OPTIONS_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['popover', 'sidebar']", value, key))
