from typing import Literal, cast

from .._core import _decode as decode

ImportStatus = Literal["complete", "in_progress", "pending_approval", "preparing", "ready", "stopped"]

IMPORT_STATUS_VALUES: set[ImportStatus] = {
    "complete",
    "in_progress",
    "pending_approval",
    "preparing",
    "ready",
    "stopped",
}


def check_import_status(value: object, key: str | int | None = None) -> ImportStatus | str:
    """`value` as ImportStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in IMPORT_STATUS_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['complete', 'in_progress', 'pending_approval', 'preparing', 'ready', 'stopped']", value, key
        ),
    )
