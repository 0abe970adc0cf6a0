from typing import Literal

ApprovalRequestReviewStatus = Literal["approved", "declined", "pending"]

APPROVAL_REQUEST_REVIEW_STATUS_VALUES: set[ApprovalRequestReviewStatus] = {
    "approved",
    "declined",
    "pending",
}


def check_approval_request_review_status(value: str) -> ApprovalRequestReviewStatus:
    if value in APPROVAL_REQUEST_REVIEW_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPROVAL_REQUEST_REVIEW_STATUS_VALUES!r}")
