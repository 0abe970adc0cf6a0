from typing import Literal

PostApprovalRequestReviewRequestKind = Literal["approve", "comment", "decline"]

POST_APPROVAL_REQUEST_REVIEW_REQUEST_KIND_VALUES: set[PostApprovalRequestReviewRequestKind] = {
    "approve",
    "comment",
    "decline",
}


def check_post_approval_request_review_request_kind(value: str) -> PostApprovalRequestReviewRequestKind:
    if value in POST_APPROVAL_REQUEST_REVIEW_REQUEST_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POST_APPROVAL_REQUEST_REVIEW_REQUEST_KIND_VALUES!r}")
