from typing import Literal, cast

from .._core import _decode as decode

UpdateRatingDefinitionParamsFieldConfigurationStyle = Literal["heart", "star", "thumbs_up"]

UPDATE_RATING_DEFINITION_PARAMS_FIELD_CONFIGURATION_STYLE_VALUES: set[
    UpdateRatingDefinitionParamsFieldConfigurationStyle
] = {
    "heart",
    "star",
    "thumbs_up",
}


def check_update_rating_definition_params_field_configuration_style(
    value: object, key: str | int | None = None
) -> UpdateRatingDefinitionParamsFieldConfigurationStyle | str:
    """`value` as UpdateRatingDefinitionParamsFieldConfigurationStyle; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in UPDATE_RATING_DEFINITION_PARAMS_FIELD_CONFIGURATION_STYLE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['heart', 'star', 'thumbs_up']", value, key))
