from typing import Literal

UserValueType = Literal["account_user_group", "user"]

USER_VALUE_TYPE_VALUES: set[UserValueType] = {
    "account_user_group",
    "user",
}


def check_user_value_type(value: str) -> UserValueType:
    if value in USER_VALUE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_VALUE_TYPE_VALUES!r}")
