from typing import Literal, cast

from .._core import _decode as decode

ReviewApprovalRequestKind = Literal["approve", "comment", "decline"]

REVIEW_APPROVAL_REQUEST_KIND_VALUES: set[ReviewApprovalRequestKind] = {
    "approve",
    "comment",
    "decline",
}


def check_review_approval_request_kind(value: object, key: str | int | None = None) -> ReviewApprovalRequestKind | str:
    """`value` as ReviewApprovalRequestKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in REVIEW_APPROVAL_REQUEST_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['approve', 'comment', 'decline']", value, key))
