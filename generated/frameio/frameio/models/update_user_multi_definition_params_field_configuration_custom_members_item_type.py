from typing import Literal

UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItemType = Literal["account_user_group", "user"]

UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES: set[
    UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItemType
] = {
    "account_user_group",
    "user",
}


def check_update_user_multi_definition_params_field_configuration_custom_members_item_type(
    value: str,
) -> UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItemType:
    if value in UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES!r}"
    )
