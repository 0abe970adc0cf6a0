from typing import Literal

SingleUserValueFieldType = Literal["user_single"]

SINGLE_USER_VALUE_FIELD_TYPE_VALUES: set[SingleUserValueFieldType] = {
    "user_single",
}


def check_single_user_value_field_type(value: str) -> SingleUserValueFieldType:
    if value in SINGLE_USER_VALUE_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SINGLE_USER_VALUE_FIELD_TYPE_VALUES!r}")
