from typing import Literal

SelectMultiDefinitionParamsFieldType = Literal["select_multi"]

SELECT_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[SelectMultiDefinitionParamsFieldType] = {
    "select_multi",
}


def check_select_multi_definition_params_field_type(value: str) -> SelectMultiDefinitionParamsFieldType:
    if value in SELECT_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SELECT_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
