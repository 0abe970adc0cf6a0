from typing import Literal

MetricPostUnitAggregationType = Literal["average", "sum"]

METRIC_POST_UNIT_AGGREGATION_TYPE_VALUES: set[MetricPostUnitAggregationType] = {
    "average",
    "sum",
}


def check_metric_post_unit_aggregation_type(value: str) -> MetricPostUnitAggregationType:
    if value in METRIC_POST_UNIT_AGGREGATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_POST_UNIT_AGGREGATION_TYPE_VALUES!r}")
