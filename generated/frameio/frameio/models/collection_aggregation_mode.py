from typing import Literal

CollectionAggregationMode = Literal["dynamic", "static"]

COLLECTION_AGGREGATION_MODE_VALUES: set[CollectionAggregationMode] = {
    "dynamic",
    "static",
}


def check_collection_aggregation_mode(value: str) -> CollectionAggregationMode:
    if value in COLLECTION_AGGREGATION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_AGGREGATION_MODE_VALUES!r}")
