from typing import Literal, cast

from .._core import _decode as decode

PostQueriesBodyCompression = Literal["gzip", "none", "zip"]

POST_QUERIES_BODY_COMPRESSION_VALUES: set[PostQueriesBodyCompression] = {
    "gzip",
    "none",
    "zip",
}


def check_post_queries_body_compression(
    value: object, key: str | int | None = None
) -> PostQueriesBodyCompression | str:
    """`value` as PostQueriesBodyCompression; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in POST_QUERIES_BODY_COMPRESSION_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['gzip', 'none', 'zip']", value, key))
