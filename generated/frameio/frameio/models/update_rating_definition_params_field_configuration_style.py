from typing import Literal

UpdateRatingDefinitionParamsFieldConfigurationStyle = Literal["heart", "star", "thumbs_up"]

UPDATE_RATING_DEFINITION_PARAMS_FIELD_CONFIGURATION_STYLE_VALUES: set[
    UpdateRatingDefinitionParamsFieldConfigurationStyle
] = {
    "heart",
    "star",
    "thumbs_up",
}


def check_update_rating_definition_params_field_configuration_style(
    value: str,
) -> UpdateRatingDefinitionParamsFieldConfigurationStyle:
    if value in UPDATE_RATING_DEFINITION_PARAMS_FIELD_CONFIGURATION_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_RATING_DEFINITION_PARAMS_FIELD_CONFIGURATION_STYLE_VALUES!r}"
    )
