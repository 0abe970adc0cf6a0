from typing import Literal

CreateFlagLinkLDAPIVersion = Literal["beta"]

CREATE_FLAG_LINK_LDAPI_VERSION_VALUES: set[CreateFlagLinkLDAPIVersion] = {
    "beta",
}


def check_create_flag_link_ldapi_version(value: str) -> CreateFlagLinkLDAPIVersion:
    if value in CREATE_FLAG_LINK_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_FLAG_LINK_LDAPI_VERSION_VALUES!r}")
