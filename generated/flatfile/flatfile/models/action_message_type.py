from typing import Literal, cast

from .._core import _decode as decode

ActionMessageType = Literal["error", "info"]

ACTION_MESSAGE_TYPE_VALUES: set[ActionMessageType] = {
    "error",
    "info",
}


def check_action_message_type(value: object, key: str | int | None = None) -> ActionMessageType | str:
    """`value` as ActionMessageType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ACTION_MESSAGE_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['error', 'info']", value, key))
