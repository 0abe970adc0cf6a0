from typing import Literal

InputFieldType = Literal["boolean", "enum", "number", "string", "textarea"]

INPUT_FIELD_TYPE_VALUES: set[InputFieldType] = {
    "boolean",
    "enum",
    "number",
    "string",
    "textarea",
}


def check_input_field_type(value: str) -> InputFieldType:
    if value in INPUT_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INPUT_FIELD_TYPE_VALUES!r}")
