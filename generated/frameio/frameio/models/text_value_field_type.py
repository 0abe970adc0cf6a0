from typing import Literal, cast

from .._core import _decode as decode

TextValueFieldType = Literal["long_text", "text"]

TEXT_VALUE_FIELD_TYPE_VALUES: set[TextValueFieldType] = {
    "long_text",
    "text",
}


def check_text_value_field_type(value: object, key: str | int | None = None) -> TextValueFieldType | str:
    """`value` as TextValueFieldType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in TEXT_VALUE_FIELD_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['long_text', 'text']", value, key))
