from typing import Literal

GetDependentFlagsLDAPIVersion = Literal["beta"]

GET_DEPENDENT_FLAGS_LDAPI_VERSION_VALUES: set[GetDependentFlagsLDAPIVersion] = {
    "beta",
}


def check_get_dependent_flags_ldapi_version(value: str) -> GetDependentFlagsLDAPIVersion:
    if value in GET_DEPENDENT_FLAGS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEPENDENT_FLAGS_LDAPI_VERSION_VALUES!r}")
