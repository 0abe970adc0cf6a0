from typing import Literal

MetricV2RepKind = Literal["click", "custom", "pageview"]

METRIC_V2_REP_KIND_VALUES: set[MetricV2RepKind] = {
    "click",
    "custom",
    "pageview",
}


def check_metric_v2_rep_kind(value: str) -> MetricV2RepKind:
    if value in METRIC_V2_REP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_V2_REP_KIND_VALUES!r}")
