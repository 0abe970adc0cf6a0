from typing import Literal, cast

from .._core import _decode as decode

CommentSort = Literal[
    "completed_at_asc", "completed_at_desc", "created_at_asc", "created_at_desc", "owner_asc", "owner_desc"
]

COMMENT_SORT_VALUES: set[CommentSort] = {
    "completed_at_asc",
    "completed_at_desc",
    "created_at_asc",
    "created_at_desc",
    "owner_asc",
    "owner_desc",
}


def check_comment_sort(value: object, key: str | int | None = None) -> CommentSort | str:
    """`value` as CommentSort; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in COMMENT_SORT_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['completed_at_asc', 'completed_at_desc', 'created_at_asc', 'created_at_desc', 'owner_asc', 'owner_desc']",
            value,
            key,
        ),
    )
