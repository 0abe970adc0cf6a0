from typing import Literal

UserMultiDefinitionFieldConfigurationCustomMembersItemType = Literal["account_user_group", "user"]

USER_MULTI_DEFINITION_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES: set[
    UserMultiDefinitionFieldConfigurationCustomMembersItemType
] = {
    "account_user_group",
    "user",
}


def check_user_multi_definition_field_configuration_custom_members_item_type(
    value: str,
) -> UserMultiDefinitionFieldConfigurationCustomMembersItemType:
    if value in USER_MULTI_DEFINITION_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_MULTI_DEFINITION_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES!r}"
    )
