from typing import Literal

FilesCopyCopyComments = Literal["all", "internal", "none", "public"]

FILES_COPY_COPY_COMMENTS_VALUES: set[FilesCopyCopyComments] = {
    "all",
    "internal",
    "none",
    "public",
}


def check_files_copy_copy_comments(value: str) -> FilesCopyCopyComments:
    if value in FILES_COPY_COPY_COMMENTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FILES_COPY_COPY_COMMENTS_VALUES!r}")
