from typing import Literal

GetDependentFlagsByEnvLDAPIVersion = Literal["beta"]

GET_DEPENDENT_FLAGS_BY_ENV_LDAPI_VERSION_VALUES: set[GetDependentFlagsByEnvLDAPIVersion] = {
    "beta",
}


def check_get_dependent_flags_by_env_ldapi_version(value: str) -> GetDependentFlagsByEnvLDAPIVersion:
    if value in GET_DEPENDENT_FLAGS_BY_ENV_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEPENDENT_FLAGS_BY_ENV_LDAPI_VERSION_VALUES!r}")
