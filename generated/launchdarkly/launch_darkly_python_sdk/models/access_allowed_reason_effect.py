from typing import Literal

AccessAllowedReasonEffect = Literal["allow", "deny"]

ACCESS_ALLOWED_REASON_EFFECT_VALUES: set[AccessAllowedReasonEffect] = {
    "allow",
    "deny",
}


def check_access_allowed_reason_effect(value: str) -> AccessAllowedReasonEffect:
    if value in ACCESS_ALLOWED_REASON_EFFECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCESS_ALLOWED_REASON_EFFECT_VALUES!r}")
