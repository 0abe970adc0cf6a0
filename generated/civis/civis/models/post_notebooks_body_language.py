from typing import Literal

PostNotebooksBodyLanguage = Literal["python3", "r"]

POST_NOTEBOOKS_BODY_LANGUAGE_VALUES: set[PostNotebooksBodyLanguage] = {
    "python3",
    "r",
}


def check_post_notebooks_body_language(value: str) -> PostNotebooksBodyLanguage:
    if value in POST_NOTEBOOKS_BODY_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POST_NOTEBOOKS_BODY_LANGUAGE_VALUES!r}")
