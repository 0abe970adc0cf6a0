from typing import Literal, cast

from .._core import _decode as decode

ApprovalRequestStatus = Literal["completed", "failed", "pending", "scheduled"]

APPROVAL_REQUEST_STATUS_VALUES: set[ApprovalRequestStatus] = {
    "completed",
    "failed",
    "pending",
    "scheduled",
}


def check_approval_request_status(value: object, key: str | int | None = None) -> ApprovalRequestStatus | str:
    """`value` as ApprovalRequestStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in APPROVAL_REQUEST_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['completed', 'failed', 'pending', 'scheduled']", value, key))
