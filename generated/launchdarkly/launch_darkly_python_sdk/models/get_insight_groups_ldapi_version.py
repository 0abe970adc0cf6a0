from typing import Literal

GetInsightGroupsLDAPIVersion = Literal["beta"]

GET_INSIGHT_GROUPS_LDAPI_VERSION_VALUES: set[GetInsightGroupsLDAPIVersion] = {
    "beta",
}


def check_get_insight_groups_ldapi_version(value: str) -> GetInsightGroupsLDAPIVersion:
    if value in GET_INSIGHT_GROUPS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_INSIGHT_GROUPS_LDAPI_VERSION_VALUES!r}")
