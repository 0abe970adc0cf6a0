from typing import Literal

DateDefinitionFieldType = Literal["date"]

DATE_DEFINITION_FIELD_TYPE_VALUES: set[DateDefinitionFieldType] = {
    "date",
}


def check_date_definition_field_type(value: str) -> DateDefinitionFieldType:
    if value in DATE_DEFINITION_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATE_DEFINITION_FIELD_TYPE_VALUES!r}")
