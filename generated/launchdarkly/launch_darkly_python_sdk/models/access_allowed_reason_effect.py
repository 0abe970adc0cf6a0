from typing import Literal, cast

from .._core import _decode as decode

AccessAllowedReasonEffect = Literal["allow", "deny"]

ACCESS_ALLOWED_REASON_EFFECT_VALUES: set[AccessAllowedReasonEffect] = {
    "allow",
    "deny",
}


def check_access_allowed_reason_effect(value: object, key: str | int | None = None) -> AccessAllowedReasonEffect | str:
    """`value` as AccessAllowedReasonEffect; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ACCESS_ALLOWED_REASON_EFFECT_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['allow', 'deny']", value, key))
