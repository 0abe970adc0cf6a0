from typing import Literal

RatingDefinitionFieldConfigurationStyle = Literal["heart", "star", "thumbs_up"]

RATING_DEFINITION_FIELD_CONFIGURATION_STYLE_VALUES: set[RatingDefinitionFieldConfigurationStyle] = {
    "heart",
    "star",
    "thumbs_up",
}


def check_rating_definition_field_configuration_style(value: str) -> RatingDefinitionFieldConfigurationStyle:
    if value in RATING_DEFINITION_FIELD_CONFIGURATION_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RATING_DEFINITION_FIELD_CONFIGURATION_STYLE_VALUES!r}"
    )
