from typing import Literal

LongTextDefinitionParamsFieldType = Literal["long_text"]

LONG_TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[LongTextDefinitionParamsFieldType] = {
    "long_text",
}


def check_long_text_definition_params_field_type(value: str) -> LongTextDefinitionParamsFieldType:
    if value in LONG_TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LONG_TEXT_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
