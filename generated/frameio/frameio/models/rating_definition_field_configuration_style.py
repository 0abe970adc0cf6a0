from typing import Literal, cast

from .._core import _decode as decode

RatingDefinitionFieldConfigurationStyle = Literal["heart", "star", "thumbs_up"]

RATING_DEFINITION_FIELD_CONFIGURATION_STYLE_VALUES: set[RatingDefinitionFieldConfigurationStyle] = {
    "heart",
    "star",
    "thumbs_up",
}


def check_rating_definition_field_configuration_style(
    value: object, key: str | int | None = None
) -> RatingDefinitionFieldConfigurationStyle | str:
    """`value` as RatingDefinitionFieldConfigurationStyle; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in RATING_DEFINITION_FIELD_CONFIGURATION_STYLE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['heart', 'star', 'thumbs_up']", value, key))
