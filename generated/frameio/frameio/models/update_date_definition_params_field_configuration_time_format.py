from typing import Literal

UpdateDateDefinitionParamsFieldConfigurationTimeFormat = Literal["twelve_hour", "twenty_four_hour"]

UPDATE_DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_TIME_FORMAT_VALUES: set[
    UpdateDateDefinitionParamsFieldConfigurationTimeFormat
] = {
    "twelve_hour",
    "twenty_four_hour",
}


def check_update_date_definition_params_field_configuration_time_format(
    value: str,
) -> UpdateDateDefinitionParamsFieldConfigurationTimeFormat:
    if value in UPDATE_DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_TIME_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_TIME_FORMAT_VALUES!r}"
    )
