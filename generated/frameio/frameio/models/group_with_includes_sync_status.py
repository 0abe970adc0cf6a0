from typing import Literal, cast

from .._core import _decode as decode

GroupWithIncludesSyncStatus = Literal["completed", "error", "in_progress", "not_started"]

GROUP_WITH_INCLUDES_SYNC_STATUS_VALUES: set[GroupWithIncludesSyncStatus] = {
    "completed",
    "error",
    "in_progress",
    "not_started",
}


def check_group_with_includes_sync_status(
    value: object, key: str | int | None = None
) -> GroupWithIncludesSyncStatus | str:
    """`value` as GroupWithIncludesSyncStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in GROUP_WITH_INCLUDES_SYNC_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['completed', 'error', 'in_progress', 'not_started']", value, key))
