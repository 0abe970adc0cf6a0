from typing import Literal

MetricGroupRepKind = Literal["funnel", "standard"]

METRIC_GROUP_REP_KIND_VALUES: set[MetricGroupRepKind] = {
    "funnel",
    "standard",
}


def check_metric_group_rep_kind(value: str) -> MetricGroupRepKind:
    if value in METRIC_GROUP_REP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_GROUP_REP_KIND_VALUES!r}")
