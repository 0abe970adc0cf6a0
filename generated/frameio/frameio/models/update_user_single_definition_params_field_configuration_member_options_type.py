from typing import Literal

UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType = Literal["all_project_members", "custom"]

UPDATE_USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES: set[
    UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType
] = {
    "all_project_members",
    "custom",
}


def check_update_user_single_definition_params_field_configuration_member_options_type(
    value: str,
) -> UpdateUserSingleDefinitionParamsFieldConfigurationMemberOptionsType:
    if value in UPDATE_USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES!r}"
    )
