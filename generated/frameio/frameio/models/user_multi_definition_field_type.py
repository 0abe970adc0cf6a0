from typing import Literal

UserMultiDefinitionFieldType = Literal["user_multi"]

USER_MULTI_DEFINITION_FIELD_TYPE_VALUES: set[UserMultiDefinitionFieldType] = {
    "user_multi",
}


def check_user_multi_definition_field_type(value: str) -> UserMultiDefinitionFieldType:
    if value in USER_MULTI_DEFINITION_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_MULTI_DEFINITION_FIELD_TYPE_VALUES!r}")
