from typing import Literal

UpdateUserMultiDefinitionParamsFieldConfigurationMemberOptionsType = Literal["all_project_members", "custom"]

UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES: set[
    UpdateUserMultiDefinitionParamsFieldConfigurationMemberOptionsType
] = {
    "all_project_members",
    "custom",
}


def check_update_user_multi_definition_params_field_configuration_member_options_type(
    value: str,
) -> UpdateUserMultiDefinitionParamsFieldConfigurationMemberOptionsType:
    if value in UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES!r}"
    )
