from typing import Literal, cast

from .._core import _decode as decode

MetricV2RepUnitAggregationType = Literal["average", "sum"]

METRIC_V2_REP_UNIT_AGGREGATION_TYPE_VALUES: set[MetricV2RepUnitAggregationType] = {
    "average",
    "sum",
}


def check_metric_v2_rep_unit_aggregation_type(
    value: object, key: str | int | None = None
) -> MetricV2RepUnitAggregationType | str:
    """`value` as MetricV2RepUnitAggregationType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in METRIC_V2_REP_UNIT_AGGREGATION_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['average', 'sum']", value, key))
