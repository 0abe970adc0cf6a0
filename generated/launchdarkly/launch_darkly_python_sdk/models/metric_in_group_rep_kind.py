from typing import Literal, cast

from .._core import _decode as decode

MetricInGroupRepKind = Literal["click", "custom", "pageview"]

METRIC_IN_GROUP_REP_KIND_VALUES: set[MetricInGroupRepKind] = {
    "click",
    "custom",
    "pageview",
}


def check_metric_in_group_rep_kind(value: object, key: str | int | None = None) -> MetricInGroupRepKind | str:
    """`value` as MetricInGroupRepKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in METRIC_IN_GROUP_REP_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['click', 'custom', 'pageview']", value, key))
