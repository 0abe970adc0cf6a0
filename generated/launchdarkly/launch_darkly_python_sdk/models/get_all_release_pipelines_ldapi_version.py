from typing import Literal

GetAllReleasePipelinesLDAPIVersion = Literal["beta"]

GET_ALL_RELEASE_PIPELINES_LDAPI_VERSION_VALUES: set[GetAllReleasePipelinesLDAPIVersion] = {
    "beta",
}


def check_get_all_release_pipelines_ldapi_version(value: str) -> GetAllReleasePipelinesLDAPIVersion:
    if value in GET_ALL_RELEASE_PIPELINES_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ALL_RELEASE_PIPELINES_LDAPI_VERSION_VALUES!r}")
