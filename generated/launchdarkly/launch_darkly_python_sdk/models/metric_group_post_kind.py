from typing import Literal, cast

from .._core import _decode as decode

MetricGroupPostKind = Literal["funnel", "standard"]

METRIC_GROUP_POST_KIND_VALUES: set[MetricGroupPostKind] = {
    "funnel",
    "standard",
}


def check_metric_group_post_kind(value: object, key: str | int | None = None) -> MetricGroupPostKind | str:
    """`value` as MetricGroupPostKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in METRIC_GROUP_POST_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['funnel', 'standard']", value, key))
