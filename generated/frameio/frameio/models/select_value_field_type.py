from typing import Literal

SelectValueFieldType = Literal["select"]

SELECT_VALUE_FIELD_TYPE_VALUES: set[SelectValueFieldType] = {
    "select",
}


def check_select_value_field_type(value: str) -> SelectValueFieldType:
    if value in SELECT_VALUE_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SELECT_VALUE_FIELD_TYPE_VALUES!r}")
