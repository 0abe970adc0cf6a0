from typing import Literal

GetReleaseByFlagKeyLDAPIVersion = Literal["beta"]

GET_RELEASE_BY_FLAG_KEY_LDAPI_VERSION_VALUES: set[GetReleaseByFlagKeyLDAPIVersion] = {
    "beta",
}


def check_get_release_by_flag_key_ldapi_version(value: str) -> GetReleaseByFlagKeyLDAPIVersion:
    if value in GET_RELEASE_BY_FLAG_KEY_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_RELEASE_BY_FLAG_KEY_LDAPI_VERSION_VALUES!r}")
