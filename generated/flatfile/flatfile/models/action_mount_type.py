from typing import Literal, cast

from .._core import _decode as decode

ActionMountType = Literal["document", "field", "file", "sheet", "workbook"]

ACTION_MOUNT_TYPE_VALUES: set[ActionMountType] = {
    "document",
    "field",
    "file",
    "sheet",
    "workbook",
}


def check_action_mount_type(value: object, key: str | int | None = None) -> ActionMountType | str:
    """`value` as ActionMountType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in ACTION_MOUNT_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['document', 'field', 'file', 'sheet', 'workbook']", value, key))
