from typing import Literal

GuidanceOptionsType = Literal["popover", "sidebar"]

GUIDANCE_OPTIONS_TYPE_VALUES: set[GuidanceOptionsType] = {
    "popover",
    "sidebar",
}


def check_guidance_options_type(value: str) -> GuidanceOptionsType:
    if value in GUIDANCE_OPTIONS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUIDANCE_OPTIONS_TYPE_VALUES!r}")
