from typing import Literal

DependentMetricOrMetricGroupRepKind = Literal["click", "custom", "funnel", "pageview", "standard"]

DEPENDENT_METRIC_OR_METRIC_GROUP_REP_KIND_VALUES: set[DependentMetricOrMetricGroupRepKind] = {
    "click",
    "custom",
    "funnel",
    "pageview",
    "standard",
}


def check_dependent_metric_or_metric_group_rep_kind(value: str) -> DependentMetricOrMetricGroupRepKind:
    if value in DEPENDENT_METRIC_OR_METRIC_GROUP_REP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPENDENT_METRIC_OR_METRIC_GROUP_REP_KIND_VALUES!r}")
