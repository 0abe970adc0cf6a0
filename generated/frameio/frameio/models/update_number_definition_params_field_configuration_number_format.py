from typing import Literal

UpdateNumberDefinitionParamsFieldConfigurationNumberFormat = Literal[
    "bitrate", "bits", "duration", "framerate", "frequency", "storage", "timecode"
]

UPDATE_NUMBER_DEFINITION_PARAMS_FIELD_CONFIGURATION_NUMBER_FORMAT_VALUES: set[
    UpdateNumberDefinitionParamsFieldConfigurationNumberFormat
] = {
    "bitrate",
    "bits",
    "duration",
    "framerate",
    "frequency",
    "storage",
    "timecode",
}


def check_update_number_definition_params_field_configuration_number_format(
    value: str,
) -> UpdateNumberDefinitionParamsFieldConfigurationNumberFormat:
    if value in UPDATE_NUMBER_DEFINITION_PARAMS_FIELD_CONFIGURATION_NUMBER_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_NUMBER_DEFINITION_PARAMS_FIELD_CONFIGURATION_NUMBER_FORMAT_VALUES!r}"
    )
