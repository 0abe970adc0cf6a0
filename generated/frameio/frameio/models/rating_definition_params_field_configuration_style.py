from typing import Literal

RatingDefinitionParamsFieldConfigurationStyle = Literal["heart", "star", "thumbs_up"]

RATING_DEFINITION_PARAMS_FIELD_CONFIGURATION_STYLE_VALUES: set[RatingDefinitionParamsFieldConfigurationStyle] = {
    "heart",
    "star",
    "thumbs_up",
}


def check_rating_definition_params_field_configuration_style(
    value: str,
) -> RatingDefinitionParamsFieldConfigurationStyle:
    if value in RATING_DEFINITION_PARAMS_FIELD_CONFIGURATION_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RATING_DEFINITION_PARAMS_FIELD_CONFIGURATION_STYLE_VALUES!r}"
    )
