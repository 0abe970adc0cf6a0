from typing import Literal

GetStreamUsageSdkversionLDAPIVersion = Literal["beta"]

GET_STREAM_USAGE_SDKVERSION_LDAPI_VERSION_VALUES: set[GetStreamUsageSdkversionLDAPIVersion] = {
    "beta",
}


def check_get_stream_usage_sdkversion_ldapi_version(value: str) -> GetStreamUsageSdkversionLDAPIVersion:
    if value in GET_STREAM_USAGE_SDKVERSION_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_STREAM_USAGE_SDKVERSION_LDAPI_VERSION_VALUES!r}")
