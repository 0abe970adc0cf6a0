from typing import Literal, cast

from .._core import _decode as decode

MetricInGroupRepUnitAggregationType = Literal["average", "sum"]

METRIC_IN_GROUP_REP_UNIT_AGGREGATION_TYPE_VALUES: set[MetricInGroupRepUnitAggregationType] = {
    "average",
    "sum",
}


def check_metric_in_group_rep_unit_aggregation_type(
    value: object, key: str | int | None = None
) -> MetricInGroupRepUnitAggregationType | str:
    """`value` as MetricInGroupRepUnitAggregationType; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in METRIC_IN_GROUP_REP_UNIT_AGGREGATION_TYPE_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['average', 'sum']", value, key))
