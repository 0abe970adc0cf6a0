from typing import Literal

GetDeploymentsLDAPIVersion = Literal["beta"]

GET_DEPLOYMENTS_LDAPI_VERSION_VALUES: set[GetDeploymentsLDAPIVersion] = {
    "beta",
}


def check_get_deployments_ldapi_version(value: str) -> GetDeploymentsLDAPIVersion:
    if value in GET_DEPLOYMENTS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEPLOYMENTS_LDAPI_VERSION_VALUES!r}")
