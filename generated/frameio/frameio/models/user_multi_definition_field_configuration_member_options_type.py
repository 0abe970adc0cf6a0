from typing import Literal, cast

from .._core import _decode as decode

UserMultiDefinitionFieldConfigurationMemberOptionsType = Literal["all_project_members", "custom"]

USER_MULTI_DEFINITION_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES: set[
    UserMultiDefinitionFieldConfigurationMemberOptionsType
] = {
    "all_project_members",
    "custom",
}


def check_user_multi_definition_field_configuration_member_options_type(
    value: object, key: str | int | None = None
) -> UserMultiDefinitionFieldConfigurationMemberOptionsType | str:
    """`value` as UserMultiDefinitionFieldConfigurationMemberOptionsType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in USER_MULTI_DEFINITION_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['all_project_members', 'custom']", value, key))
