from typing import Literal

DateDefinitionParamsFieldType = Literal["date"]

DATE_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[DateDefinitionParamsFieldType] = {
    "date",
}


def check_date_definition_params_field_type(value: str) -> DateDefinitionParamsFieldType:
    if value in DATE_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATE_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
