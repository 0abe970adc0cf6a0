from typing import Literal, cast

from .._core import _decode as decode

UserSingleDefinitionFieldConfigurationCustomMembersItemType = Literal["account_user_group", "user"]

USER_SINGLE_DEFINITION_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES: set[
    UserSingleDefinitionFieldConfigurationCustomMembersItemType
] = {
    "account_user_group",
    "user",
}


def check_user_single_definition_field_configuration_custom_members_item_type(
    value: object, key: str | int | None = None
) -> UserSingleDefinitionFieldConfigurationCustomMembersItemType | str:
    """`value` as UserSingleDefinitionFieldConfigurationCustomMembersItemType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in USER_SINGLE_DEFINITION_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['account_user_group', 'user']", value, key))
