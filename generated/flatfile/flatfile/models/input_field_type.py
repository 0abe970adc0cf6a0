from typing import Literal, cast

from .._core import _decode as decode

InputFieldType = Literal["boolean", "enum", "number", "string", "textarea"]

INPUT_FIELD_TYPE_VALUES: set[InputFieldType] = {
    "boolean",
    "enum",
    "number",
    "string",
    "textarea",
}


def check_input_field_type(value: object, key: str | int | None = None) -> InputFieldType | str:
    """`value` as InputFieldType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in INPUT_FIELD_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['boolean', 'enum', 'number', 'string', 'textarea']", value, key))
