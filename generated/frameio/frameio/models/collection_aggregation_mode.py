from typing import Literal, cast

from .._core import _decode as decode

CollectionAggregationMode = Literal["dynamic", "static"]

COLLECTION_AGGREGATION_MODE_VALUES: set[CollectionAggregationMode] = {
    "dynamic",
    "static",
}


def check_collection_aggregation_mode(value: object, key: str | int | None = None) -> CollectionAggregationMode | str:
    """`value` as CollectionAggregationMode; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in COLLECTION_AGGREGATION_MODE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['dynamic', 'static']", value, key))
