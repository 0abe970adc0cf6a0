from typing import Literal, cast

from .._core import _decode as decode

FlagConfigApprovalRequestResponseReviewStatus = Literal["approved", "declined", "pending"]

FLAG_CONFIG_APPROVAL_REQUEST_RESPONSE_REVIEW_STATUS_VALUES: set[FlagConfigApprovalRequestResponseReviewStatus] = {
    "approved",
    "declined",
    "pending",
}


def check_flag_config_approval_request_response_review_status(
    value: object, key: str | int | None = None
) -> FlagConfigApprovalRequestResponseReviewStatus | str:
    """`value` as FlagConfigApprovalRequestResponseReviewStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FLAG_CONFIG_APPROVAL_REQUEST_RESPONSE_REVIEW_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['approved', 'declined', 'pending']", value, key))
