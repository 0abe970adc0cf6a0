from typing import Literal, cast

from .._core import _decode as decode

UpdateUserMultiDefinitionParamsFieldConfigurationMemberOptionsType = Literal["all_project_members", "custom"]

UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES: set[
    UpdateUserMultiDefinitionParamsFieldConfigurationMemberOptionsType
] = {
    "all_project_members",
    "custom",
}


def check_update_user_multi_definition_params_field_configuration_member_options_type(
    value: object, key: str | int | None = None
) -> UpdateUserMultiDefinitionParamsFieldConfigurationMemberOptionsType | str:
    """`value` as UpdateUserMultiDefinitionParamsFieldConfigurationMemberOptionsType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['all_project_members', 'custom']", value, key))
