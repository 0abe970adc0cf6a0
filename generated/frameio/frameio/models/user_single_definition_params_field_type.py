from typing import Literal

UserSingleDefinitionParamsFieldType = Literal["user_single"]

USER_SINGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UserSingleDefinitionParamsFieldType] = {
    "user_single",
}


def check_user_single_definition_params_field_type(value: str) -> UserSingleDefinitionParamsFieldType:
    if value in USER_SINGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_SINGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
