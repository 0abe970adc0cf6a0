from typing import Literal, cast

from .._core import _decode as decode

PostQueriesBodyColumnDelimiter = Literal["comma", "pipe", "tab"]

POST_QUERIES_BODY_COLUMN_DELIMITER_VALUES: set[PostQueriesBodyColumnDelimiter] = {
    "comma",
    "pipe",
    "tab",
}


def check_post_queries_body_column_delimiter(
    value: object, key: str | int | None = None
) -> PostQueriesBodyColumnDelimiter | str:
    """`value` as PostQueriesBodyColumnDelimiter; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in POST_QUERIES_BODY_COLUMN_DELIMITER_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['comma', 'pipe', 'tab']", value, key))
