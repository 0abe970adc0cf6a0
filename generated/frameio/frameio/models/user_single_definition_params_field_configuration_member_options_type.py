from typing import Literal

UserSingleDefinitionParamsFieldConfigurationMemberOptionsType = Literal["all_project_members", "custom"]

USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES: set[
    UserSingleDefinitionParamsFieldConfigurationMemberOptionsType
] = {
    "all_project_members",
    "custom",
}


def check_user_single_definition_params_field_configuration_member_options_type(
    value: str,
) -> UserSingleDefinitionParamsFieldConfigurationMemberOptionsType:
    if value in USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES!r}"
    )
