from typing import Literal

MetricRepKind = Literal["click", "custom", "pageview"]

METRIC_REP_KIND_VALUES: set[MetricRepKind] = {
    "click",
    "custom",
    "pageview",
}


def check_metric_rep_kind(value: str) -> MetricRepKind:
    if value in METRIC_REP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_REP_KIND_VALUES!r}")
