from typing import Literal, cast

from .._core import _decode as decode

DateDefinitionFieldConfigurationDisplayFormat = Literal["euro", "friendly", "iso", "local", "usa"]

DATE_DEFINITION_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES: set[DateDefinitionFieldConfigurationDisplayFormat] = {
    "euro",
    "friendly",
    "iso",
    "local",
    "usa",
}


def check_date_definition_field_configuration_display_format(
    value: object, key: str | int | None = None
) -> DateDefinitionFieldConfigurationDisplayFormat | str:
    """`value` as DateDefinitionFieldConfigurationDisplayFormat; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in DATE_DEFINITION_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['euro', 'friendly', 'iso', 'local', 'usa']", value, key))
