from typing import Literal, cast

from .._core import _decode as decode

UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItemType = Literal["account_user_group", "user"]

UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES: set[
    UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItemType
] = {
    "account_user_group",
    "user",
}


def check_update_user_multi_definition_params_field_configuration_custom_members_item_type(
    value: object, key: str | int | None = None
) -> UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItemType | str:
    """`value` as UpdateUserMultiDefinitionParamsFieldConfigurationCustomMembersItemType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_CONFIGURATION_CUSTOM_MEMBERS_ITEM_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['account_user_group', 'user']", value, key))
