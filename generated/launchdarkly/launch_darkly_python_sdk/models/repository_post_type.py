from typing import Literal

RepositoryPostType = Literal["bitbucket", "custom", "github", "gitlab"]

REPOSITORY_POST_TYPE_VALUES: set[RepositoryPostType] = {
    "bitbucket",
    "custom",
    "github",
    "gitlab",
}


def check_repository_post_type(value: str) -> RepositoryPostType:
    if value in REPOSITORY_POST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPOSITORY_POST_TYPE_VALUES!r}")
