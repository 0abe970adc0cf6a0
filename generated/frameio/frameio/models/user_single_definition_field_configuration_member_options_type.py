from typing import Literal

UserSingleDefinitionFieldConfigurationMemberOptionsType = Literal["all_project_members", "custom"]

USER_SINGLE_DEFINITION_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES: set[
    UserSingleDefinitionFieldConfigurationMemberOptionsType
] = {
    "all_project_members",
    "custom",
}


def check_user_single_definition_field_configuration_member_options_type(
    value: str,
) -> UserSingleDefinitionFieldConfigurationMemberOptionsType:
    if value in USER_SINGLE_DEFINITION_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_SINGLE_DEFINITION_FIELD_CONFIGURATION_MEMBER_OPTIONS_TYPE_VALUES!r}"
    )
