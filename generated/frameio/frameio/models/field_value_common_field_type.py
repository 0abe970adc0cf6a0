from typing import Literal, cast

from .._core import _decode as decode

FieldValueCommonFieldType = Literal[
    "date",
    "long_text",
    "number",
    "rating",
    "select",
    "select_multi",
    "text",
    "toggle",
    "user_multi",
    "user_single",
    "users",
]

FIELD_VALUE_COMMON_FIELD_TYPE_VALUES: set[FieldValueCommonFieldType] = {
    "date",
    "long_text",
    "number",
    "rating",
    "select",
    "select_multi",
    "text",
    "toggle",
    "user_multi",
    "user_single",
    "users",
}


def check_field_value_common_field_type(value: object, key: str | int | None = None) -> FieldValueCommonFieldType | str:
    """`value` as FieldValueCommonFieldType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in FIELD_VALUE_COMMON_FIELD_TYPE_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['date', 'long_text', 'number', 'rating', 'select', 'select_multi', 'text', 'toggle', 'user_multi', 'user_single', 'users']",
            value,
            key,
        ),
    )
