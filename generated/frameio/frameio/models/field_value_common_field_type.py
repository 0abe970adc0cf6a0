from typing import Literal

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


def check_field_value_common_field_type(value: str) -> FieldValueCommonFieldType:
    if value in FIELD_VALUE_COMMON_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELD_VALUE_COMMON_FIELD_TYPE_VALUES!r}")
