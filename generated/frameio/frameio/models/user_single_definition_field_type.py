from typing import Literal

UserSingleDefinitionFieldType = Literal["user_single"]

USER_SINGLE_DEFINITION_FIELD_TYPE_VALUES: set[UserSingleDefinitionFieldType] = {
    "user_single",
}


def check_user_single_definition_field_type(value: str) -> UserSingleDefinitionFieldType:
    if value in USER_SINGLE_DEFINITION_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_SINGLE_DEFINITION_FIELD_TYPE_VALUES!r}")
