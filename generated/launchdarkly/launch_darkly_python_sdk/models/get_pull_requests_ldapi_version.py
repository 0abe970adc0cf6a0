from typing import Literal

GetPullRequestsLDAPIVersion = Literal["beta"]

GET_PULL_REQUESTS_LDAPI_VERSION_VALUES: set[GetPullRequestsLDAPIVersion] = {
    "beta",
}


def check_get_pull_requests_ldapi_version(value: str) -> GetPullRequestsLDAPIVersion:
    if value in GET_PULL_REQUESTS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_PULL_REQUESTS_LDAPI_VERSION_VALUES!r}")
