from typing import Literal

DeleteFlagLinkLDAPIVersion = Literal["beta"]

DELETE_FLAG_LINK_LDAPI_VERSION_VALUES: set[DeleteFlagLinkLDAPIVersion] = {
    "beta",
}


def check_delete_flag_link_ldapi_version(value: str) -> DeleteFlagLinkLDAPIVersion:
    if value in DELETE_FLAG_LINK_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETE_FLAG_LINK_LDAPI_VERSION_VALUES!r}")
