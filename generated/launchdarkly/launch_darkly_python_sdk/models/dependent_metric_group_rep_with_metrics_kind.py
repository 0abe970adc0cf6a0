from typing import Literal

DependentMetricGroupRepWithMetricsKind = Literal["funnel", "standard"]

DEPENDENT_METRIC_GROUP_REP_WITH_METRICS_KIND_VALUES: set[DependentMetricGroupRepWithMetricsKind] = {
    "funnel",
    "standard",
}


def check_dependent_metric_group_rep_with_metrics_kind(value: str) -> DependentMetricGroupRepWithMetricsKind:
    if value in DEPENDENT_METRIC_GROUP_REP_WITH_METRICS_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPENDENT_METRIC_GROUP_REP_WITH_METRICS_KIND_VALUES!r}"
    )
