from typing import Literal

MetricGroupPostKind = Literal["funnel", "standard"]

METRIC_GROUP_POST_KIND_VALUES: set[MetricGroupPostKind] = {
    "funnel",
    "standard",
}


def check_metric_group_post_kind(value: str) -> MetricGroupPostKind:
    if value in METRIC_GROUP_POST_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_GROUP_POST_KIND_VALUES!r}")
