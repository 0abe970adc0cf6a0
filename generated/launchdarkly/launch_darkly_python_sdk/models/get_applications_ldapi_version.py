from typing import Literal

GetApplicationsLDAPIVersion = Literal["beta"]

GET_APPLICATIONS_LDAPI_VERSION_VALUES: set[GetApplicationsLDAPIVersion] = {
    "beta",
}


def check_get_applications_ldapi_version(value: str) -> GetApplicationsLDAPIVersion:
    if value in GET_APPLICATIONS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_APPLICATIONS_LDAPI_VERSION_VALUES!r}")
