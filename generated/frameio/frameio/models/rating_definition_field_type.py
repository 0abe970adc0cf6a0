from typing import Literal

RatingDefinitionFieldType = Literal["rating"]

RATING_DEFINITION_FIELD_TYPE_VALUES: set[RatingDefinitionFieldType] = {
    "rating",
}


def check_rating_definition_field_type(value: str) -> RatingDefinitionFieldType:
    if value in RATING_DEFINITION_FIELD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RATING_DEFINITION_FIELD_TYPE_VALUES!r}")
