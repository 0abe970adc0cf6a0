from typing import Literal, cast

from .._core import _decode as decode

ActionMode = Literal["background", "foreground", "toolbarBlocking"]

ACTION_MODE_VALUES: set[ActionMode] = {
    "background",
    "foreground",
    "toolbarBlocking",
}


def check_action_mode(value: object, key: str | int | None = None) -> ActionMode | str:
    """`value` as ActionMode; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ACTION_MODE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['background', 'foreground', 'toolbarBlocking']", value, key))
