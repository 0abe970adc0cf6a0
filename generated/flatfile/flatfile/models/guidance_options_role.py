from typing import Literal, cast

from .._core import _decode as decode

GuidanceOptionsRole = Literal["admin", "guest"]

GUIDANCE_OPTIONS_ROLE_VALUES: set[GuidanceOptionsRole] = {
    "admin",
    "guest",
}


def check_guidance_options_role(value: object, key: str | int | None = None) -> GuidanceOptionsRole | str:
    """`value` as GuidanceOptionsRole; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GUIDANCE_OPTIONS_ROLE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['admin', 'guest']", value, key))
