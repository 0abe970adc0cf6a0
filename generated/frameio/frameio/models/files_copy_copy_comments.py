from typing import Literal, cast

from .._core import _decode as decode

FilesCopyCopyComments = Literal["all", "internal", "none", "public"]

FILES_COPY_COPY_COMMENTS_VALUES: set[FilesCopyCopyComments] = {
    "all",
    "internal",
    "none",
    "public",
}


def check_files_copy_copy_comments(value: object, key: str | int | None = None) -> FilesCopyCopyComments | str:
    """`value` as FilesCopyCopyComments; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FILES_COPY_COPY_COMMENTS_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['all', 'internal', 'none', 'public']", value, key))
