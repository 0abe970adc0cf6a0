from typing import Literal, cast

from .._core import _decode as decode

SingleUserValueMemberOptionsType = Literal["all_project_members", "custom"]

SINGLE_USER_VALUE_MEMBER_OPTIONS_TYPE_VALUES: set[SingleUserValueMemberOptionsType] = {
    "all_project_members",
    "custom",
}


def check_single_user_value_member_options_type(
    value: object, key: str | int | None = None
) -> SingleUserValueMemberOptionsType | str:
    """`value` as SingleUserValueMemberOptionsType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in SINGLE_USER_VALUE_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['all_project_members', 'custom']", value, key))
