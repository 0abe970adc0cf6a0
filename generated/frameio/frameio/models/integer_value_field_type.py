from typing import Literal

IntegerValueFieldType = Literal["rating"]

INTEGER_VALUE_FIELD_TYPE_VALUES: set[IntegerValueFieldType] = {
    "rating",
}


def check_integer_value_field_type(value: str) -> IntegerValueFieldType:
    if value in INTEGER_VALUE_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTEGER_VALUE_FIELD_TYPE_VALUES!r}")
