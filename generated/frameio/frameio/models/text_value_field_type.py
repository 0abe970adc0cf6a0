from typing import Literal

TextValueFieldType = Literal["long_text", "text"]

TEXT_VALUE_FIELD_TYPE_VALUES: set[TextValueFieldType] = {
    "long_text",
    "text",
}


def check_text_value_field_type(value: str) -> TextValueFieldType:
    if value in TEXT_VALUE_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEXT_VALUE_FIELD_TYPE_VALUES!r}")
