from typing import Literal

SelectDefinitionFieldType = Literal["select"]

SELECT_DEFINITION_FIELD_TYPE_VALUES: set[SelectDefinitionFieldType] = {
    "select",
}


def check_select_definition_field_type(value: str) -> SelectDefinitionFieldType:
    if value in SELECT_DEFINITION_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SELECT_DEFINITION_FIELD_TYPE_VALUES!r}")
