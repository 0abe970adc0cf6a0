from typing import Literal

UserMultiDefinitionParamsFieldConfigurationCustomMembersItemType = Literal["account_user_group", "user"]

USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES: set[
    UserMultiDefinitionParamsFieldConfigurationCustomMembersItemType
] = {
    "account_user_group",
    "user",
}


def check_user_multi_definition_params_field_configuration_custom_members_item_type(
    value: str,
) -> UserMultiDefinitionParamsFieldConfigurationCustomMembersItemType:
    if value in USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES!r}"
    )
