from typing import Literal

GetUserAttributeNamesLDAPIVersion = Literal["beta"]

GET_USER_ATTRIBUTE_NAMES_LDAPI_VERSION_VALUES: set[GetUserAttributeNamesLDAPIVersion] = {
    "beta",
}


def check_get_user_attribute_names_ldapi_version(value: str) -> GetUserAttributeNamesLDAPIVersion:
    if value in GET_USER_ATTRIBUTE_NAMES_LDAPI_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USER_ATTRIBUTE_NAMES_LDAPI_VERSION_VALUES!r}")
