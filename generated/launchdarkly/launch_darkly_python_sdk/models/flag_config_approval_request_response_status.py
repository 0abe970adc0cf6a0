from typing import Literal, cast

from .._core import _decode as decode

FlagConfigApprovalRequestResponseStatus = Literal["completed", "failed", "pending", "scheduled"]

FLAG_CONFIG_APPROVAL_REQUEST_RESPONSE_STATUS_VALUES: set[FlagConfigApprovalRequestResponseStatus] = {
    "completed",
    "failed",
    "pending",
    "scheduled",
}


def check_flag_config_approval_request_response_status(
    value: object, key: str | int | None = None
) -> FlagConfigApprovalRequestResponseStatus | str:
    """`value` as FlagConfigApprovalRequestResponseStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FLAG_CONFIG_APPROVAL_REQUEST_RESPONSE_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['completed', 'failed', 'pending', 'scheduled']", value, key))
