from typing import Literal

SingleUserValueMemberOptionsType = Literal["all_project_members", "custom"]

SINGLE_USER_VALUE_MEMBER_OPTIONS_TYPE_VALUES: set[SingleUserValueMemberOptionsType] = {
    "all_project_members",
    "custom",
}


def check_single_user_value_member_options_type(value: str) -> SingleUserValueMemberOptionsType:
    if value in SINGLE_USER_VALUE_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SINGLE_USER_VALUE_MEMBER_OPTIONS_TYPE_VALUES!r}")
