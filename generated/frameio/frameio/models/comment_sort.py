from typing import Literal

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


def check_comment_sort(value: str) -> CommentSort:
    if value in COMMENT_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMMENT_SORT_VALUES!r}")
