from typing import Literal

DateDefinitionParamsFieldConfigurationDisplayFormat = Literal["euro", "friendly", "iso", "local", "usa"]

DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES: set[
    DateDefinitionParamsFieldConfigurationDisplayFormat
] = {
    "euro",
    "friendly",
    "iso",
    "local",
    "usa",
}


def check_date_definition_params_field_configuration_display_format(
    value: str,
) -> DateDefinitionParamsFieldConfigurationDisplayFormat:
    if value in DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES!r}"
    )
