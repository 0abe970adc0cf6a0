from typing import Literal

GetExperimentsLDAPIVersion = Literal["beta"]

GET_EXPERIMENTS_LDAPI_VERSION_VALUES: set[GetExperimentsLDAPIVersion] = {
    "beta",
}


def check_get_experiments_ldapi_version(value: str) -> GetExperimentsLDAPIVersion:
    if value in GET_EXPERIMENTS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXPERIMENTS_LDAPI_VERSION_VALUES!r}")
