from typing import Literal

UpdateLongTextDefinitionParamsFieldType = Literal["long_text"]

UPDATE_LONG_TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UpdateLongTextDefinitionParamsFieldType] = {
    "long_text",
}


def check_update_long_text_definition_params_field_type(value: str) -> UpdateLongTextDefinitionParamsFieldType:
    if value in UPDATE_LONG_TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_LONG_TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}"
    )
