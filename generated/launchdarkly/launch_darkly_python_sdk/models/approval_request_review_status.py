from typing import Literal, cast

from .._core import _decode as decode

ApprovalRequestReviewStatus = Literal["approved", "declined", "pending"]

APPROVAL_REQUEST_REVIEW_STATUS_VALUES: set[ApprovalRequestReviewStatus] = {
    "approved",
    "declined",
    "pending",
}


def check_approval_request_review_status(
    value: object, key: str | int | None = None
) -> ApprovalRequestReviewStatus | str:
    """`value` as ApprovalRequestReviewStatus; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in APPROVAL_REQUEST_REVIEW_STATUS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['approved', 'declined', 'pending']", value, key))
