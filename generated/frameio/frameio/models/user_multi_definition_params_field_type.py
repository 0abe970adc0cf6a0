from typing import Literal

UserMultiDefinitionParamsFieldType = Literal["user_multi"]

USER_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UserMultiDefinitionParamsFieldType] = {
    "user_multi",
}


def check_user_multi_definition_params_field_type(value: str) -> UserMultiDefinitionParamsFieldType:
    if value in USER_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
