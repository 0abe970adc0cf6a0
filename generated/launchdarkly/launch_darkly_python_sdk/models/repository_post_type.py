from typing import Literal, cast

from .._core import _decode as decode

RepositoryPostType = Literal["bitbucket", "custom", "github", "gitlab"]

REPOSITORY_POST_TYPE_VALUES: set[RepositoryPostType] = {
    "bitbucket",
    "custom",
    "github",
    "gitlab",
}


def check_repository_post_type(value: object, key: str | int | None = None) -> RepositoryPostType | str:
    """`value` as RepositoryPostType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in REPOSITORY_POST_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['bitbucket', 'custom', 'github', 'gitlab']", value, key))
