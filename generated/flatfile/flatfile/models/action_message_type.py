from typing import Literal

ActionMessageType = Literal["error", "info"]

ACTION_MESSAGE_TYPE_VALUES: set[ActionMessageType] = {
    "error",
    "info",
}


def check_action_message_type(value: str) -> ActionMessageType:
    if value in ACTION_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_MESSAGE_TYPE_VALUES!r}")
