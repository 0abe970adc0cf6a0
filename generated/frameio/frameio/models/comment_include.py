from typing import Literal

CommentInclude = Literal["owner", "replies"]

COMMENT_INCLUDE_VALUES: set[CommentInclude] = {
    "owner",
    "replies",
}


def check_comment_include(value: str) -> CommentInclude:
    if value in COMMENT_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMMENT_INCLUDE_VALUES!r}")
