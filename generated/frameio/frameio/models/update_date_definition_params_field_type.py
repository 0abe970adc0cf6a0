from typing import Literal

UpdateDateDefinitionParamsFieldType = Literal["date"]

UPDATE_DATE_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UpdateDateDefinitionParamsFieldType] = {
    "date",
}


def check_update_date_definition_params_field_type(value: str) -> UpdateDateDefinitionParamsFieldType:
    if value in UPDATE_DATE_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_DATE_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
