from typing import Literal

GetApplicationLDAPIVersion = Literal["beta"]

GET_APPLICATION_LDAPI_VERSION_VALUES: set[GetApplicationLDAPIVersion] = {
    "beta",
}


def check_get_application_ldapi_version(value: str) -> GetApplicationLDAPIVersion:
    if value in GET_APPLICATION_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_APPLICATION_LDAPI_VERSION_VALUES!r}")
