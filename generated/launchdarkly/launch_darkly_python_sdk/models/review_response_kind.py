from typing import Literal, cast

from .._core import _decode as decode

ReviewResponseKind = Literal["approve", "comment", "decline"]

REVIEW_RESPONSE_KIND_VALUES: set[ReviewResponseKind] = {
    "approve",
    "comment",
    "decline",
}


def check_review_response_kind(value: object, key: str | int | None = None) -> ReviewResponseKind | str:
    """`value` as ReviewResponseKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in REVIEW_RESPONSE_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['approve', 'comment', 'decline']", value, key))
