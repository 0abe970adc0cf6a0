from typing import Literal

PostQueriesBodyColumnDelimiter = Literal["comma", "pipe", "tab"]

POST_QUERIES_BODY_COLUMN_DELIMITER_VALUES: set[PostQueriesBodyColumnDelimiter] = {
    "comma",
    "pipe",
    "tab",
}


def check_post_queries_body_column_delimiter(value: str) -> PostQueriesBodyColumnDelimiter:
    if value in POST_QUERIES_BODY_COLUMN_DELIMITER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POST_QUERIES_BODY_COLUMN_DELIMITER_VALUES!r}")
