from typing import Literal

GetExperimentLDAPIVersion = Literal["beta"]

GET_EXPERIMENT_LDAPI_VERSION_VALUES: set[GetExperimentLDAPIVersion] = {
    "beta",
}


def check_get_experiment_ldapi_version(value: str) -> GetExperimentLDAPIVersion:
    if value in GET_EXPERIMENT_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXPERIMENT_LDAPI_VERSION_VALUES!r}")
