from typing import Literal, cast

from .._core import _decode as decode

MetricPostKind = Literal["click", "custom", "pageview"]

METRIC_POST_KIND_VALUES: set[MetricPostKind] = {
    "click",
    "custom",
    "pageview",
}


def check_metric_post_kind(value: object, key: str | int | None = None) -> MetricPostKind | str:
    """`value` as MetricPostKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in METRIC_POST_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['click', 'custom', 'pageview']", value, key))
