from typing import Literal

GetReleasePipelineByKeyLDAPIVersion = Literal["beta"]

GET_RELEASE_PIPELINE_BY_KEY_LDAPI_VERSION_VALUES: set[GetReleasePipelineByKeyLDAPIVersion] = {
    "beta",
}


def check_get_release_pipeline_by_key_ldapi_version(value: str) -> GetReleasePipelineByKeyLDAPIVersion:
    if value in GET_RELEASE_PIPELINE_BY_KEY_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RELEASE_PIPELINE_BY_KEY_LDAPI_VERSION_VALUES!r}")
