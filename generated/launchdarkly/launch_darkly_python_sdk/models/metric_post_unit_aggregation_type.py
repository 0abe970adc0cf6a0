from typing import Literal, cast

from .._core import _decode as decode

MetricPostUnitAggregationType = Literal["average", "sum"]

METRIC_POST_UNIT_AGGREGATION_TYPE_VALUES: set[MetricPostUnitAggregationType] = {
    "average",
    "sum",
}


def check_metric_post_unit_aggregation_type(
    value: object, key: str | int | None = None
) -> MetricPostUnitAggregationType | str:
    """`value` as MetricPostUnitAggregationType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in METRIC_POST_UNIT_AGGREGATION_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['average', 'sum']", value, key))
