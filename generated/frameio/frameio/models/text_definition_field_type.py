from typing import Literal

TextDefinitionFieldType = Literal["text"]

TEXT_DEFINITION_FIELD_TYPE_VALUES: set[TextDefinitionFieldType] = {
    "text",
}


def check_text_definition_field_type(value: str) -> TextDefinitionFieldType:
    if value in TEXT_DEFINITION_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_DEFINITION_FIELD_TYPE_VALUES!r}")
