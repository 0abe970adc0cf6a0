from typing import Literal, cast

from .._core import _decode as decode

CommentInclude = Literal["owner", "replies"]

COMMENT_INCLUDE_VALUES: set[CommentInclude] = {
    "owner",
    "replies",
}


def check_comment_include(value: object, key: str | int | None = None) -> CommentInclude | str:
    """`value` as CommentInclude; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in COMMENT_INCLUDE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['owner', 'replies']", value, key))
