from typing import Literal

AccessDeniedReasonEffect = Literal["allow", "deny"]

ACCESS_DENIED_REASON_EFFECT_VALUES: set[AccessDeniedReasonEffect] = {
    "allow",
    "deny",
}


def check_access_denied_reason_effect(value: str) -> AccessDeniedReasonEffect:
    if value in ACCESS_DENIED_REASON_EFFECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCESS_DENIED_REASON_EFFECT_VALUES!r}")
