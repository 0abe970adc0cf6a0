from typing import Literal, cast

from .._core import _decode as decode

MetricV2RepKind = Literal["click", "custom", "pageview"]

METRIC_V2_REP_KIND_VALUES: set[MetricV2RepKind] = {
    "click",
    "custom",
    "pageview",
}


def check_metric_v2_rep_kind(value: object, key: str | int | None = None) -> MetricV2RepKind | str:
    """`value` as MetricV2RepKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in METRIC_V2_REP_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['click', 'custom', 'pageview']", value, key))
