from typing import Literal

MultiSelectValueFieldType = Literal["select_multi"]

MULTI_SELECT_VALUE_FIELD_TYPE_VALUES: set[MultiSelectValueFieldType] = {
    "select_multi",
}


def check_multi_select_value_field_type(value: str) -> MultiSelectValueFieldType:
    if value in MULTI_SELECT_VALUE_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MULTI_SELECT_VALUE_FIELD_TYPE_VALUES!r}")
