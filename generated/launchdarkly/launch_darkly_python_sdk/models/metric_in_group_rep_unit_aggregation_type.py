from typing import Literal

MetricInGroupRepUnitAggregationType = Literal["average", "sum"]

METRIC_IN_GROUP_REP_UNIT_AGGREGATION_TYPE_VALUES: set[MetricInGroupRepUnitAggregationType] = {
    "average",
    "sum",
}


def check_metric_in_group_rep_unit_aggregation_type(value: str) -> MetricInGroupRepUnitAggregationType:
    if value in METRIC_IN_GROUP_REP_UNIT_AGGREGATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_IN_GROUP_REP_UNIT_AGGREGATION_TYPE_VALUES!r}")
