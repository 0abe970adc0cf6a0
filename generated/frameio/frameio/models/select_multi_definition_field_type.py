from typing import Literal

SelectMultiDefinitionFieldType = Literal["select_multi"]

SELECT_MULTI_DEFINITION_FIELD_TYPE_VALUES: set[SelectMultiDefinitionFieldType] = {
    "select_multi",
}


def check_select_multi_definition_field_type(value: str) -> SelectMultiDefinitionFieldType:
    if value in SELECT_MULTI_DEFINITION_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SELECT_MULTI_DEFINITION_FIELD_TYPE_VALUES!r}")
