from typing import Literal

RepositoryRepType = Literal["bitbucket", "custom", "github", "gitlab"]

REPOSITORY_REP_TYPE_VALUES: set[RepositoryRepType] = {
    "bitbucket",
    "custom",
    "github",
    "gitlab",
}


def check_repository_rep_type(value: str) -> RepositoryRepType:
    if value in REPOSITORY_REP_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPOSITORY_REP_TYPE_VALUES!r}")
