from typing import Literal

GetMetricGroupsLDAPIVersion = Literal["beta"]

GET_METRIC_GROUPS_LDAPI_VERSION_VALUES: set[GetMetricGroupsLDAPIVersion] = {
    "beta",
}


def check_get_metric_groups_ldapi_version(value: str) -> GetMetricGroupsLDAPIVersion:
    if value in GET_METRIC_GROUPS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_METRIC_GROUPS_LDAPI_VERSION_VALUES!r}")
