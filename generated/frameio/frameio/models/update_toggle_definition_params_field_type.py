from typing import Literal

UpdateToggleDefinitionParamsFieldType = Literal["toggle"]

UPDATE_TOGGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UpdateToggleDefinitionParamsFieldType] = {
    "toggle",
}


def check_update_toggle_definition_params_field_type(value: str) -> UpdateToggleDefinitionParamsFieldType:
    if value in UPDATE_TOGGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_TOGGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}"
    )
