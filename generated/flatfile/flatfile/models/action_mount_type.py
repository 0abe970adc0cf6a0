from typing import Literal

ActionMountType = Literal["document", "field", "file", "sheet", "workbook"]

ACTION_MOUNT_TYPE_VALUES: set[ActionMountType] = {
    "document",
    "field",
    "file",
    "sheet",
    "workbook",
}


def check_action_mount_type(value: str) -> ActionMountType:
    if value in ACTION_MOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_MOUNT_TYPE_VALUES!r}")
