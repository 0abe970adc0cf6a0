from typing import Literal

ReviewApprovalRequestKind = Literal["approve", "comment", "decline"]

REVIEW_APPROVAL_REQUEST_KIND_VALUES: set[ReviewApprovalRequestKind] = {
    "approve",
    "comment",
    "decline",
}


def check_review_approval_request_kind(value: str) -> ReviewApprovalRequestKind:
    if value in REVIEW_APPROVAL_REQUEST_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REVIEW_APPROVAL_REQUEST_KIND_VALUES!r}")
