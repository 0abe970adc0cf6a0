from typing import Literal

GroupWithIncludesSyncStatus = Literal["completed", "error", "in_progress", "not_started"]

GROUP_WITH_INCLUDES_SYNC_STATUS_VALUES: set[GroupWithIncludesSyncStatus] = {
    "completed",
    "error",
    "in_progress",
    "not_started",
}


def check_group_with_includes_sync_status(value: str) -> GroupWithIncludesSyncStatus:
    if value in GROUP_WITH_INCLUDES_SYNC_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_WITH_INCLUDES_SYNC_STATUS_VALUES!r}")
