from typing import Literal

UserSingleDefinitionParamsFieldConfigurationCustomMembersItemType = Literal["account_user_group", "user"]

USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES: set[
    UserSingleDefinitionParamsFieldConfigurationCustomMembersItemType
] = {
    "account_user_group",
    "user",
}


def check_user_single_definition_params_field_configuration_custom_members_item_type(
    value: str,
) -> UserSingleDefinitionParamsFieldConfigurationCustomMembersItemType:
    if value in USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES!r}"
    )
