from typing import Literal

MultiUserValueFieldType = Literal["user_multi", "users"]

MULTI_USER_VALUE_FIELD_TYPE_VALUES: set[MultiUserValueFieldType] = {
    "user_multi",
    "users",
}


def check_multi_user_value_field_type(value: str) -> MultiUserValueFieldType:
    if value in MULTI_USER_VALUE_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MULTI_USER_VALUE_FIELD_TYPE_VALUES!r}")
