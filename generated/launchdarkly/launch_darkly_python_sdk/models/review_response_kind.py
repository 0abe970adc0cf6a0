from typing import Literal

ReviewResponseKind = Literal["approve", "comment", "decline"]

REVIEW_RESPONSE_KIND_VALUES: set[ReviewResponseKind] = {
    "approve",
    "comment",
    "decline",
}


def check_review_response_kind(value: str) -> ReviewResponseKind:
    if value in REVIEW_RESPONSE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REVIEW_RESPONSE_KIND_VALUES!r}")
