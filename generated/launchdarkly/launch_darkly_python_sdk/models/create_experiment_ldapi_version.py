from typing import Literal

CreateExperimentLDAPIVersion = Literal["beta"]

CREATE_EXPERIMENT_LDAPI_VERSION_VALUES: set[CreateExperimentLDAPIVersion] = {
    "beta",
}


def check_create_experiment_ldapi_version(value: str) -> CreateExperimentLDAPIVersion:
    if value in CREATE_EXPERIMENT_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_EXPERIMENT_LDAPI_VERSION_VALUES!r}")
