from typing import Literal

GetInsightsRepositoriesLDAPIVersion = Literal["beta"]

GET_INSIGHTS_REPOSITORIES_LDAPI_VERSION_VALUES: set[GetInsightsRepositoriesLDAPIVersion] = {
    "beta",
}


def check_get_insights_repositories_ldapi_version(value: str) -> GetInsightsRepositoriesLDAPIVersion:
    if value in GET_INSIGHTS_REPOSITORIES_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_INSIGHTS_REPOSITORIES_LDAPI_VERSION_VALUES!r}")
