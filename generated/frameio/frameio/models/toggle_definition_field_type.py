from typing import Literal

ToggleDefinitionFieldType = Literal["toggle"]

TOGGLE_DEFINITION_FIELD_TYPE_VALUES: set[ToggleDefinitionFieldType] = {
    "toggle",
}


def check_toggle_definition_field_type(value: str) -> ToggleDefinitionFieldType:
    if value in TOGGLE_DEFINITION_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOGGLE_DEFINITION_FIELD_TYPE_VALUES!r}")
