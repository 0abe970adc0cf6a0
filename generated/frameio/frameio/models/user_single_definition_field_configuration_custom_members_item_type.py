from typing import Literal

UserSingleDefinitionFieldConfigurationCustomMembersItemType = Literal["account_user_group", "user"]

USER_SINGLE_DEFINITION_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES: set[
    UserSingleDefinitionFieldConfigurationCustomMembersItemType
] = {
    "account_user_group",
    "user",
}


def check_user_single_definition_field_configuration_custom_members_item_type(
    value: str,
) -> UserSingleDefinitionFieldConfigurationCustomMembersItemType:
    if value in USER_SINGLE_DEFINITION_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_SINGLE_DEFINITION_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES!r}"
    )
