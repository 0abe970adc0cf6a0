from typing import Literal

RatingDefinitionParamsFieldType = Literal["rating"]

RATING_DEFINITION_PARAMS_FIELD_TYPE_VALUES: set[RatingDefinitionParamsFieldType] = {
    "rating",
}


def check_rating_definition_params_field_type(value: str) -> RatingDefinitionParamsFieldType:
    if value in RATING_DEFINITION_PARAMS_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RATING_DEFINITION_PARAMS_FIELD_TYPE_VALUES!r}")
