from typing import Literal

NumberValueFieldType = Literal["number"]

NUMBER_VALUE_FIELD_TYPE_VALUES: set[NumberValueFieldType] = {
    "number",
}


def check_number_value_field_type(value: str) -> NumberValueFieldType:
    if value in NUMBER_VALUE_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NUMBER_VALUE_FIELD_TYPE_VALUES!r}")
