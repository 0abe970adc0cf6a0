from typing import Literal, cast

from .._core import _decode as decode

RepositoryRepType = Literal["bitbucket", "custom", "github", "gitlab"]

REPOSITORY_REP_TYPE_VALUES: set[RepositoryRepType] = {
    "bitbucket",
    "custom",
    "github",
    "gitlab",
}


def check_repository_rep_type(value: object, key: str | int | None = None) -> RepositoryRepType | str:
    """`value` as RepositoryRepType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in REPOSITORY_REP_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['bitbucket', 'custom', 'github', 'gitlab']", value, key))
