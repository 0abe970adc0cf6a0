from typing import Literal, cast

from .._core import _decode as decode

MetricGroupRepKind = Literal["funnel", "standard"]

METRIC_GROUP_REP_KIND_VALUES: set[MetricGroupRepKind] = {
    "funnel",
    "standard",
}


def check_metric_group_rep_kind(value: object, key: str | int | None = None) -> MetricGroupRepKind | str:
    """`value` as MetricGroupRepKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in METRIC_GROUP_REP_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['funnel', 'standard']", value, key))
