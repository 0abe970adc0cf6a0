from typing import Literal

GetMetricGroupLDAPIVersion = Literal["beta"]

GET_METRIC_GROUP_LDAPI_VERSION_VALUES: set[GetMetricGroupLDAPIVersion] = {
    "beta",
}


def check_get_metric_group_ldapi_version(value: str) -> GetMetricGroupLDAPIVersion:
    if value in GET_METRIC_GROUP_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_METRIC_GROUP_LDAPI_VERSION_VALUES!r}")
