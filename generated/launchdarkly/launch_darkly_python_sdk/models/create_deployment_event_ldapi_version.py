from typing import Literal

CreateDeploymentEventLDAPIVersion = Literal["beta"]

CREATE_DEPLOYMENT_EVENT_LDAPI_VERSION_VALUES: set[CreateDeploymentEventLDAPIVersion] = {
    "beta",
}


def check_create_deployment_event_ldapi_version(value: str) -> CreateDeploymentEventLDAPIVersion:
    if value in CREATE_DEPLOYMENT_EVENT_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_DEPLOYMENT_EVENT_LDAPI_VERSION_VALUES!r}")
