from typing import Literal

UpdateUserMultiDefinitionParamsFieldType = Literal["user_multi"]

UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UpdateUserMultiDefinitionParamsFieldType] = {
    "user_multi",
}


def check_update_user_multi_definition_params_field_type(value: str) -> UpdateUserMultiDefinitionParamsFieldType:
    if value in UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_USER_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}"
    )
