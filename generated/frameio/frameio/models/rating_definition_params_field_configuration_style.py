from typing import Literal, cast

from .._core import _decode as decode

RatingDefinitionParamsFieldConfigurationStyle = Literal["heart", "star", "thumbs_up"]

RATING_DEFINITION_PARAMS_FIELD_CONFIGURATION_STYLE_VALUES: set[RatingDefinitionParamsFieldConfigurationStyle] = {
    "heart",
    "star",
    "thumbs_up",
}


def check_rating_definition_params_field_configuration_style(
    value: object, key: str | int | None = None
) -> RatingDefinitionParamsFieldConfigurationStyle | str:
    """`value` as RatingDefinitionParamsFieldConfigurationStyle; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in RATING_DEFINITION_PARAMS_FIELD_CONFIGURATION_STYLE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['heart', 'star', 'thumbs_up']", value, key))
