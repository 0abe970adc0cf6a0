from typing import Literal, cast

from .._core import _decode as decode

DateDefinitionParamsFieldConfigurationTimeFormat = Literal["twelve_hour", "twenty_four_hour"]

DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_TIME_FORMAT_VALUES: set[DateDefinitionParamsFieldConfigurationTimeFormat] = {
    "twelve_hour",
    "twenty_four_hour",
}


def check_date_definition_params_field_configuration_time_format(
    value: object, key: str | int | None = None
) -> DateDefinitionParamsFieldConfigurationTimeFormat | str:
    """`value` as DateDefinitionParamsFieldConfigurationTimeFormat; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_TIME_FORMAT_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['twelve_hour', 'twenty_four_hour']", value, key))
