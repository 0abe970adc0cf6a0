from typing import Literal

GetInsightsScoresLDAPIVersion = Literal["beta"]

GET_INSIGHTS_SCORES_LDAPI_VERSION_VALUES: set[GetInsightsScoresLDAPIVersion] = {
    "beta",
}


def check_get_insights_scores_ldapi_version(value: str) -> GetInsightsScoresLDAPIVersion:
    if value in GET_INSIGHTS_SCORES_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_INSIGHTS_SCORES_LDAPI_VERSION_VALUES!r}")
