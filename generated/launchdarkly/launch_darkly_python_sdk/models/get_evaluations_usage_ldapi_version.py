from typing import Literal

GetEvaluationsUsageLDAPIVersion = Literal["beta"]

GET_EVALUATIONS_USAGE_LDAPI_VERSION_VALUES: set[GetEvaluationsUsageLDAPIVersion] = {
    "beta",
}


def check_get_evaluations_usage_ldapi_version(value: str) -> GetEvaluationsUsageLDAPIVersion:
    if value in GET_EVALUATIONS_USAGE_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EVALUATIONS_USAGE_LDAPI_VERSION_VALUES!r}")
