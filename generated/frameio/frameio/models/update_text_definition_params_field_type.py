from typing import Literal

UpdateTextDefinitionParamsFieldType = Literal["text"]

UPDATE_TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UpdateTextDefinitionParamsFieldType] = {
    "text",
}


def check_update_text_definition_params_field_type(value: str) -> UpdateTextDefinitionParamsFieldType:
    if value in UPDATE_TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
