from typing import Literal, cast

from .._core import _decode as decode

ValidationMessageType = Literal["error", "info", "warn"]

VALIDATION_MESSAGE_TYPE_VALUES: set[ValidationMessageType] = {
    "error",
    "info",
    "warn",
}


def check_validation_message_type(value: object, key: str | int | None = None) -> ValidationMessageType | str:
    """`value` as ValidationMessageType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in VALIDATION_MESSAGE_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['error', 'info', 'warn']", value, key))
