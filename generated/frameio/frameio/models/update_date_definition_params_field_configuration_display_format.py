from typing import Literal, cast

from .._core import _decode as decode

UpdateDateDefinitionParamsFieldConfigurationDisplayFormat = Literal["euro", "friendly", "iso", "local", "usa"]

UPDATE_DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES: set[
    UpdateDateDefinitionParamsFieldConfigurationDisplayFormat
] = {
    "euro",
    "friendly",
    "iso",
    "local",
    "usa",
}


def check_update_date_definition_params_field_configuration_display_format(
    value: object, key: str | int | None = None
) -> UpdateDateDefinitionParamsFieldConfigurationDisplayFormat | str:
    """`value` as UpdateDateDefinitionParamsFieldConfigurationDisplayFormat; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in UPDATE_DATE_DEFINITION_PARAMS_FIELD_CONFIGURATION_DISPLAY_FORMAT_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['euro', 'friendly', 'iso', 'local', 'usa']", value, key))
