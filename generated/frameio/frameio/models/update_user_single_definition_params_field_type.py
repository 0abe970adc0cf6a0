from typing import Literal

UpdateUserSingleDefinitionParamsFieldType = Literal["user_single"]

UPDATE_USER_SINGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UpdateUserSingleDefinitionParamsFieldType] = {
    "user_single",
}


def check_update_user_single_definition_params_field_type(value: str) -> UpdateUserSingleDefinitionParamsFieldType:
    if value in UPDATE_USER_SINGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_USER_SINGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}"
    )
