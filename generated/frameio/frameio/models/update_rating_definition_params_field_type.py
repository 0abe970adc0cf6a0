from typing import Literal

UpdateRatingDefinitionParamsFieldType = Literal["rating"]

UPDATE_RATING_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[UpdateRatingDefinitionParamsFieldType] = {
    "rating",
}


def check_update_rating_definition_params_field_type(value: str) -> UpdateRatingDefinitionParamsFieldType:
    if value in UPDATE_RATING_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_RATING_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}"
    )
