from typing import Literal

BooleanValueFieldType = Literal["toggle"]

BOOLEAN_VALUE_FIELD_TYPE_VALUES: set[BooleanValueFieldType] = {
    "toggle",
}


def check_boolean_value_field_type(value: str) -> BooleanValueFieldType:
    if value in BOOLEAN_VALUE_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOLEAN_VALUE_FIELD_TYPE_VALUES!r}")
