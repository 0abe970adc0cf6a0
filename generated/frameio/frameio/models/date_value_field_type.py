from typing import Literal

DateValueFieldType = Literal["date"]

DATE_VALUE_FIELD_TYPE_VALUES: set[DateValueFieldType] = {
    "date",
}


def check_date_value_field_type(value: str) -> DateValueFieldType:
    if value in DATE_VALUE_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATE_VALUE_FIELD_TYPE_VALUES!r}")
