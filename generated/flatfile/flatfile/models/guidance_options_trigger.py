from typing import Literal

GuidanceOptionsTrigger = Literal["first", "manual"]

GUIDANCE_OPTIONS_TRIGGER_VALUES: set[GuidanceOptionsTrigger] = {
    "first",
    "manual",
}


def check_guidance_options_trigger(value: str) -> GuidanceOptionsTrigger:
    if value in GUIDANCE_OPTIONS_TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUIDANCE_OPTIONS_TRIGGER_VALUES!r}")
