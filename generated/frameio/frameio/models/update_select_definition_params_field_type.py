from typing import Literal

UpdateSelectDefinitionParamsFieldType = Literal["select"]

UPDATE_SELECT_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UpdateSelectDefinitionParamsFieldType] = {
    "select",
}


def check_update_select_definition_params_field_type(value: str) -> UpdateSelectDefinitionParamsFieldType:
    if value in UPDATE_SELECT_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SELECT_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}"
    )
