from typing import Literal

DateDefinitionFieldConfigurationDisplayFormat = Literal["euro", "friendly", "iso", "local", "usa"]

DATE_DEFINITION_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES: set[DateDefinitionFieldConfigurationDisplayFormat] = {
    "euro",
    "friendly",
    "iso",
    "local",
    "usa",
}


def check_date_definition_field_configuration_display_format(
    value: str,
) -> DateDefinitionFieldConfigurationDisplayFormat:
    if value in DATE_DEFINITION_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATE_DEFINITION_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES!r}"
    )
