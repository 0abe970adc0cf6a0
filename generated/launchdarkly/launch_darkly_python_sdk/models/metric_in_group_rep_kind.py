from typing import Literal

MetricInGroupRepKind = Literal["click", "custom", "pageview"]

METRIC_IN_GROUP_REP_KIND_VALUES: set[MetricInGroupRepKind] = {
    "click",
    "custom",
    "pageview",
}


def check_metric_in_group_rep_kind(value: str) -> MetricInGroupRepKind:
    if value in METRIC_IN_GROUP_REP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_IN_GROUP_REP_KIND_VALUES!r}")
