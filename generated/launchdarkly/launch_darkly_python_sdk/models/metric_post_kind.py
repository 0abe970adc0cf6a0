from typing import Literal

MetricPostKind = Literal["click", "custom", "pageview"]

METRIC_POST_KIND_VALUES: set[MetricPostKind] = {
    "click",
    "custom",
    "pageview",
}


def check_metric_post_kind(value: str) -> MetricPostKind:
    if value in METRIC_POST_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_POST_KIND_VALUES!r}")
