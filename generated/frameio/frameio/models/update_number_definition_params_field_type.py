from typing import Literal

UpdateNumberDefinitionParamsFieldType = Literal["number"]

UPDATE_NUMBER_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UpdateNumberDefinitionParamsFieldType] = {
    "number",
}


def check_update_number_definition_params_field_type(value: str) -> UpdateNumberDefinitionParamsFieldType:
    if value in UPDATE_NUMBER_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_NUMBER_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}"
    )
