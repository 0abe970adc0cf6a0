from typing import Literal

LongTextDefinitionFieldType = Literal["long_text"]

LONG_TEXT_DEFINITION_FIELD_TYPE_VALUES: set[LongTextDefinitionFieldType] = {
    "long_text",
}


def check_long_text_definition_field_type(value: str) -> LongTextDefinitionFieldType:
    if value in LONG_TEXT_DEFINITION_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LONG_TEXT_DEFINITION_FIELD_TYPE_VALUES!r}")
