from typing import Literal

TextDefinitionParamsFieldType = Literal["text"]

TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[TextDefinitionParamsFieldType] = {
    "text",
}


def check_text_definition_params_field_type(value: str) -> TextDefinitionParamsFieldType:
    if value in TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
