from typing import Literal

DateDefinitionParamsFieldConfigurationTimeFormat = Literal["twelve_hour", "twenty_four_hour"]

DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_TIME_FORMAT_VALUES: set[DateDefinitionParamsFieldConfigurationTimeFormat] = {
    "twelve_hour",
    "twenty_four_hour",
}


def check_date_definition_params_field_configuration_time_format(
    value: str,
) -> DateDefinitionParamsFieldConfigurationTimeFormat:
    if value in DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_TIME_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_TIME_FORMAT_VALUES!r}"
    )
