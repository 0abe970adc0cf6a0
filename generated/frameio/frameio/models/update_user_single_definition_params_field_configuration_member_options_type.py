from typing import Literal, cast

from .._core import _decode as decode

UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType = Literal["all_project_members", "custom"]

UPDATE_USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES: set[
    UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType
] = {
    "all_project_members",
    "custom",
}


def check_update_user_single_definition_params_field_configuration_member_options_type(
    value: object, key: str | int | None = None
) -> UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType | str:
    """`value` as UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in UPDATE_USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['all_project_members', 'custom']", value, key))
