from typing import Literal

ToggleDefinitionParamsFieldType = Literal["toggle"]

TOGGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[ToggleDefinitionParamsFieldType] = {
    "toggle",
}


def check_toggle_definition_params_field_type(value: str) -> ToggleDefinitionParamsFieldType:
    if value in TOGGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOGGLE_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
