from typing import Literal

ValidationMessageType = Literal["error", "info", "warn"]

VALIDATION_MESSAGE_TYPE_VALUES: set[ValidationMessageType] = {
    "error",
    "info",
    "warn",
}


def check_validation_message_type(value: str) -> ValidationMessageType:
    if value in VALIDATION_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VALIDATION_MESSAGE_TYPE_VALUES!r}")
