from typing import Literal, cast

from .._core import _decode as decode

MultiUserValueMemberOptionsType = Literal["all_project_members", "custom"]

MULTI_USER_VALUE_MEMBER_OPTIONS_TYPE_VALUES: set[MultiUserValueMemberOptionsType] = {
    "all_project_members",
    "custom",
}


def check_multi_user_value_member_options_type(
    value: object, key: str | int | None = None
) -> MultiUserValueMemberOptionsType | str:
    """`value` as MultiUserValueMemberOptionsType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in MULTI_USER_VALUE_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['all_project_members', 'custom']", value, key))
