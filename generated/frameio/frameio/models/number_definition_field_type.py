from typing import Literal

NumberDefinitionFieldType = Literal["number"]

NUMBER_DEFINITION_FIELD_TYPE_VALUES: set[NumberDefinitionFieldType] = {
    "number",
}


def check_number_definition_field_type(value: str) -> NumberDefinitionFieldType:
    if value in NUMBER_DEFINITION_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NUMBER_DEFINITION_FIELD_TYPE_VALUES!r}")
