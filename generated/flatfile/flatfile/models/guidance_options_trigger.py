from typing import Literal, cast

from .._core import _decode as decode

GuidanceOptionsTrigger = Literal["first", "manual"]

GUIDANCE_OPTIONS_TRIGGER_VALUES: set[GuidanceOptionsTrigger] = {
    "first",
    "manual",
}


def check_guidance_options_trigger(value: object, key: str | int | None = None) -> GuidanceOptionsTrigger | str:
    """`value` as GuidanceOptionsTrigger; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GUIDANCE_OPTIONS_TRIGGER_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['first', 'manual']", value, key))
