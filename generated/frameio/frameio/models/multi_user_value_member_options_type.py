from typing import Literal

MultiUserValueMemberOptionsType = Literal["all_project_members", "custom"]

MULTI_USER_VALUE_MEMBER_OPTIONS_TYPE_VALUES: set[MultiUserValueMemberOptionsType] = {
    "all_project_members",
    "custom",
}


def check_multi_user_value_member_options_type(value: str) -> MultiUserValueMemberOptionsType:
    if value in MULTI_USER_VALUE_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MULTI_USER_VALUE_MEMBER_OPTIONS_TYPE_VALUES!r}")
