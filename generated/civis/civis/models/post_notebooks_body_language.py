from typing import Literal, cast

from .._core import _decode as decode

PostNotebooksBodyLanguage = Literal["python3", "r"]

POST_NOTEBOOKS_BODY_LANGUAGE_VALUES: set[PostNotebooksBodyLanguage] = {
    "python3",
    "r",
}


def check_post_notebooks_body_language(value: object, key: str | int | None = None) -> PostNotebooksBodyLanguage | str:
    """`value` as PostNotebooksBodyLanguage; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in POST_NOTEBOOKS_BODY_LANGUAGE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['python3', 'r']", value, key))
