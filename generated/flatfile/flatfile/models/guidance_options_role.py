from typing import Literal

GuidanceOptionsRole = Literal["admin", "guest"]

GUIDANCE_OPTIONS_ROLE_VALUES: set[GuidanceOptionsRole] = {
    "admin",
    "guest",
}


def check_guidance_options_role(value: str) -> GuidanceOptionsRole:
    if value in GUIDANCE_OPTIONS_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GUIDANCE_OPTIONS_ROLE_VALUES!r}")
