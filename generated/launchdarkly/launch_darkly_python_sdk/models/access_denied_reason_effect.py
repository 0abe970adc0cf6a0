from typing import Literal, cast

from .._core import _decode as decode

AccessDeniedReasonEffect = Literal["allow", "deny"]

ACCESS_DENIED_REASON_EFFECT_VALUES: set[AccessDeniedReasonEffect] = {
    "allow",
    "deny",
}


def check_access_denied_reason_effect(value: object, key: str | int | None = None) -> AccessDeniedReasonEffect | str:
    """`value` as AccessDeniedReasonEffect; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ACCESS_DENIED_REASON_EFFECT_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['allow', 'deny']", value, key))
