from typing import Literal

GetFlagLinksLDAPIVersion = Literal["beta"]

GET_FLAG_LINKS_LDAPI_VERSION_VALUES: set[GetFlagLinksLDAPIVersion] = {
    "beta",
}


def check_get_flag_links_ldapi_version(value: str) -> GetFlagLinksLDAPIVersion:
    if value in GET_FLAG_LINKS_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_FLAG_LINKS_LDAPI_VERSION_VALUES!r}")
