from typing import Literal, cast

from .._core import _decode as decode

UserSingleDefinitionParamsFieldConfigurationMemberOptionsType = Literal["all_project_members", "custom"]

USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES: set[
    UserSingleDefinitionParamsFieldConfigurationMemberOptionsType
] = {
    "all_project_members",
    "custom",
}


def check_user_single_definition_params_field_configuration_member_options_type(
    value: object, key: str | int | None = None
) -> UserSingleDefinitionParamsFieldConfigurationMemberOptionsType | str:
    """`value` as UserSingleDefinitionParamsFieldConfigurationMemberOptionsType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['all_project_members', 'custom']", value, key))
