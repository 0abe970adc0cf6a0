from typing import Literal, cast

from .._core import _decode as decode

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
    value: object, key: str | int | None = None
) -> NumberDefinitionFieldConfigurationNumberFormat | str:
    """`value` as NumberDefinitionFieldConfigurationNumberFormat; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in NUMBER_DEFINITION_FIELD_CONFIGURATION_NUMBER_FORMAT_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['bitrate', 'bits', 'duration', 'framerate', 'frequency', 'storage', 'timecode']", value, key
        ),
    )
