from typing import Literal, cast

from .._core import _decode as decode

DependentMetricOrMetricGroupRepKind = Literal["click", "custom", "funnel", "pageview", "standard"]

DEPENDENT_METRIC_OR_METRIC_GROUP_REP_KIND_VALUES: set[DependentMetricOrMetricGroupRepKind] = {
    "click",
    "custom",
    "funnel",
    "pageview",
    "standard",
}


def check_dependent_metric_or_metric_group_rep_kind(
    value: object, key: str | int | None = None
) -> DependentMetricOrMetricGroupRepKind | str:
    """`value` as DependentMetricOrMetricGroupRepKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in DEPENDENT_METRIC_OR_METRIC_GROUP_REP_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['click', 'custom', 'funnel', 'pageview', 'standard']", value, key))
