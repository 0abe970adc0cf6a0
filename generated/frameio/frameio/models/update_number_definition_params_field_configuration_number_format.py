from typing import Literal, cast

from .._core import _decode as decode

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
    value: object, key: str | int | None = None
) -> UpdateNumberDefinitionParamsFieldConfigurationNumberFormat | str:
    """`value` as UpdateNumberDefinitionParamsFieldConfigurationNumberFormat; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in UPDATE_NUMBER_DEFINITION_PARAMS_FIELD_CONFIGURATION_NUMBER_FORMAT_VALUES:
        return value
    return cast(
        str,
        decode.mismatch(
            "one of ['bitrate', 'bits', 'duration', 'framerate', 'frequency', 'storage', 'timecode']", value, key
        ),
    )
