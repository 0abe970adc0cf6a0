from typing import Literal

GetFlagEventsLDAPIVersion = Literal["beta"]

GET_FLAG_EVENTS_LDAPI_VERSION_VALUES: set[GetFlagEventsLDAPIVersion] = {
    "beta",
}


def check_get_flag_events_ldapi_version(value: str) -> GetFlagEventsLDAPIVersion:
    if value in GET_FLAG_EVENTS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_FLAG_EVENTS_LDAPI_VERSION_VALUES!r}")
