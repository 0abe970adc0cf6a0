from typing import Literal, cast

from .._core import _decode as decode

PostApprovalRequestReviewRequestKind = Literal["approve", "comment", "decline"]

POST_APPROVAL_REQUEST_REVIEW_REQUEST_KIND_VALUES: set[PostApprovalRequestReviewRequestKind] = {
    "approve",
    "comment",
    "decline",
}


def check_post_approval_request_review_request_kind(
    value: object, key: str | int | None = None
) -> PostApprovalRequestReviewRequestKind | str:
    """`value` as PostApprovalRequestReviewRequestKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in POST_APPROVAL_REQUEST_REVIEW_REQUEST_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['approve', 'comment', 'decline']", value, key))
