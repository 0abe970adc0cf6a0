from typing import Literal

DeleteApplicationLDAPIVersion = Literal["beta"]

DELETE_APPLICATION_LDAPI_VERSION_VALUES: set[DeleteApplicationLDAPIVersion] = {
    "beta",
}


def check_delete_application_ldapi_version(value: str) -> DeleteApplicationLDAPIVersion:
    if value in DELETE_APPLICATION_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_APPLICATION_LDAPI_VERSION_VALUES!r}")
