from typing import Literal

GetFlagStatusChartLDAPIVersion = Literal["beta"]

GET_FLAG_STATUS_CHART_LDAPI_VERSION_VALUES: set[GetFlagStatusChartLDAPIVersion] = {
    "beta",
}


def check_get_flag_status_chart_ldapi_version(value: str) -> GetFlagStatusChartLDAPIVersion:
    if value in GET_FLAG_STATUS_CHART_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_FLAG_STATUS_CHART_LDAPI_VERSION_VALUES!r}")
