from typing import Literal

GetMauUsageLDAPIVersion = Literal["beta"]

GET_MAU_USAGE_LDAPI_VERSION_VALUES: set[GetMauUsageLDAPIVersion] = {
    "beta",
}


def check_get_mau_usage_ldapi_version(value: str) -> GetMauUsageLDAPIVersion:
    if value in GET_MAU_USAGE_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MAU_USAGE_LDAPI_VERSION_VALUES!r}")
