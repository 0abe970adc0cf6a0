from typing import Literal

UpdateSelectMultiDefinitionParamsFieldType = Literal["select_multi"]

UPDATE_SELECT_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UpdateSelectMultiDefinitionParamsFieldType] = {
    "select_multi",
}


def check_update_select_multi_definition_params_field_type(value: str) -> UpdateSelectMultiDefinitionParamsFieldType:
    if value in UPDATE_SELECT_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SELECT_MULTI_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}"
    )
