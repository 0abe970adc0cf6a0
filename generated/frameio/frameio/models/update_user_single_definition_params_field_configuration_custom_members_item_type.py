from typing import Literal

UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItemType = Literal["account_user_group", "user"]

UPDATE_USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES: set[
    UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItemType
] = {
    "account_user_group",
    "user",
}


def check_update_user_single_definition_params_field_configuration_custom_members_item_type(
    value: str,
) -> UpdateUserSingleDefinitionParamsFieldConfigurationCustomMembersItemType:
    if value in UPDATE_USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_USER_SINGLE_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES!r}"
    )
