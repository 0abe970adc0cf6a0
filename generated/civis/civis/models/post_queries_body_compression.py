from typing import Literal

PostQueriesBodyCompression = Literal["gzip", "none", "zip"]

POST_QUERIES_BODY_COMPRESSION_VALUES: set[PostQueriesBodyCompression] = {
    "gzip",
    "none",
    "zip",
}


def check_post_queries_body_compression(value: str) -> PostQueriesBodyCompression:
    if value in POST_QUERIES_BODY_COMPRESSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POST_QUERIES_BODY_COMPRESSION_VALUES!r}")
