from typing import Literal

ImportStatus = Literal["complete", "in_progress", "pending_approval", "preparing", "ready", "stopped"]

IMPORT_STATUS_VALUES: set[ImportStatus] = {
    "complete",
    "in_progress",
    "pending_approval",
    "preparing",
    "ready",
    "stopped",
}


def check_import_status(value: str) -> ImportStatus:
    if value in IMPORT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_STATUS_VALUES!r}")
