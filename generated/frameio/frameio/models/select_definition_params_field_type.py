from typing import Literal

SelectDefinitionParamsFieldType = Literal["select"]

SELECT_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[SelectDefinitionParamsFieldType] = {
    "select",
}


def check_select_definition_params_field_type(value: str) -> SelectDefinitionParamsFieldType:
    if value in SELECT_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SELECT_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
