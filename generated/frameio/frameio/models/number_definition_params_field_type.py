from typing import Literal

NumberDefinitionParamsFieldType = Literal["number"]

NUMBER_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[NumberDefinitionParamsFieldType] = {
    "number",
}


def check_number_definition_params_field_type(value: str) -> NumberDefinitionParamsFieldType:
    if value in NUMBER_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NUMBER_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
