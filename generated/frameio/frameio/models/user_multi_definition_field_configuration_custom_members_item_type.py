from typing import Literal, cast

from .._core import _decode as decode

UserMultiDefinitionFieldConfigurationCustomMembersItemType = Literal["account_user_group", "user"]

USER_MULTI_DEFINITION_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES: set[
    UserMultiDefinitionFieldConfigurationCustomMembersItemType
] = {
    "account_user_group",
    "user",
}


def check_user_multi_definition_field_configuration_custom_members_item_type(
    value: object, key: str | int | None = None
) -> UserMultiDefinitionFieldConfigurationCustomMembersItemType | str:
    """`value` as UserMultiDefinitionFieldConfigurationCustomMembersItemType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in USER_MULTI_DEFINITION_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['account_user_group', 'user']", value, key))
