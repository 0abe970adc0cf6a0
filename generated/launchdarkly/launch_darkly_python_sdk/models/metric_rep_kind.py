from typing import Literal, cast

from .._core import _decode as decode

MetricRepKind = Literal["click", "custom", "pageview"]

METRIC_REP_KIND_VALUES: set[MetricRepKind] = {
    "click",
    "custom",
    "pageview",
}


def check_metric_rep_kind(value: object, key: str | int | None = None) -> MetricRepKind | str:
    """`value` as MetricRepKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in METRIC_REP_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['click', 'custom', 'pageview']", value, key))
