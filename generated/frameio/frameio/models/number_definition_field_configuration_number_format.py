from typing import Literal

NumberDefinitionFieldConfigurationNumberFormat = Literal[
    "bitrate", "bits", "duration", "framerate", "frequency", "storage", "timecode"
]

NUMBER_DEFINITION_FIELD_CONFIGURATION_NUMBER_FORMAT_VALUES: set[NumberDefinitionFieldConfigurationNumberFormat] = {
    "bitrate",
    "bits",
    "duration",
    "framerate",
    "frequency",
    "storage",
    "timecode",
}


def check_number_definition_field_configuration_number_format(
    value: str,
) -> NumberDefinitionFieldConfigurationNumberFormat:
    if value in NUMBER_DEFINITION_FIELD_CONFIGURATION_NUMBER_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMBER_DEFINITION_FIELD_CONFIGURATION_NUMBER_FORMAT_VALUES!r}"
    )
