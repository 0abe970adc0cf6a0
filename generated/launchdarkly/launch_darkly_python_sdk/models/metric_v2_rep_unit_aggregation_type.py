from typing import Literal

MetricV2RepUnitAggregationType = Literal["average", "sum"]

METRIC_V2_REP_UNIT_AGGREGATION_TYPE_VALUES: set[MetricV2RepUnitAggregationType] = {
    "average",
    "sum",
}


def check_metric_v2_rep_unit_aggregation_type(value: str) -> MetricV2RepUnitAggregationType:
    if value in METRIC_V2_REP_UNIT_AGGREGATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_V2_REP_UNIT_AGGREGATION_TYPE_VALUES!r}")
