from typing import Literal

GetStreamUsageLDAPIVersion = Literal["beta"]

GET_STREAM_USAGE_LDAPI_VERSION_VALUES: set[GetStreamUsageLDAPIVersion] = {
    "beta",
}


def check_get_stream_usage_ldapi_version(value: str) -> GetStreamUsageLDAPIVersion:
    if value in GET_STREAM_USAGE_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_STREAM_USAGE_LDAPI_VERSION_VALUES!r}")
