from typing import Literal

UpdateDateDefinitionParamsFieldConfigurationDisplayFormat = Literal["euro", "friendly", "iso", "local", "usa"]

UPDATE_DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES: set[
    UpdateDateDefinitionParamsFieldConfigurationDisplayFormat
] = {
    "euro",
    "friendly",
    "iso",
    "local",
    "usa",
}


def check_update_date_definition_params_field_configuration_display_format(
    value: str,
) -> UpdateDateDefinitionParamsFieldConfigurationDisplayFormat:
    if value in UPDATE_DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES!r}"
    )
