from typing import Literal, cast

from .._core import _decode as decode

UserMultiDefinitionParamsFieldConfigurationMemberOptionsType = Literal["all_project_members", "custom"]

USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES: set[
    UserMultiDefinitionParamsFieldConfigurationMemberOptionsType
] = {
    "all_project_members",
    "custom",
}


def check_user_multi_definition_params_field_configuration_member_options_type(
    value: object, key: str | int | None = None
) -> UserMultiDefinitionParamsFieldConfigurationMemberOptionsType | str:
    """`value` as UserMultiDefinitionParamsFieldConfigurationMemberOptionsType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['all_project_members', 'custom']", value, key))
