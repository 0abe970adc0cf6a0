from typing import Literal

UserMultiDefinitionParamsFieldConfigurationMemberOptionsType = Literal["all_project_members", "custom"]

USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES: set[
    UserMultiDefinitionParamsFieldConfigurationMemberOptionsType
] = {
    "all_project_members",
    "custom",
}


def check_user_multi_definition_params_field_configuration_member_options_type(
    value: str,
) -> UserMultiDefinitionParamsFieldConfigurationMemberOptionsType:
    if value in USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES!r}"
    )
