from typing import Literal

NumberDefinitionParamsFieldConfigurationNumberFormat = Literal[
    "bitrate", "bits", "duration", "framerate", "frequency", "storage", "timecode"
]

NUMBER_DEFINITION_PARAMS_FIELD_CONFIGURATION_NUMBER_FORMAT_VALUES: set[
    NumberDefinitionParamsFieldConfigurationNumberFormat
] = {
    "bitrate",
    "bits",
    "duration",
    "framerate",
    "frequency",
    "storage",
    "timecode",
}


def check_number_definition_params_field_configuration_number_format(
    value: str,
) -> NumberDefinitionParamsFieldConfigurationNumberFormat:
    if value in NUMBER_DEFINITION_PARAMS_FIELD_CONFIGURATION_NUMBER_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMBER_DEFINITION_PARAMS_FIELD_CONFIGURATION_NUMBER_FORMAT_VALUES!r}"
    )
