from typing import Literal, cast

from .._core import _decode as decode

DependentMetricGroupRepWithMetricsKind = Literal["funnel", "standard"]

DEPENDENT_METRIC_GROUP_REP_WITH_METRICS_KIND_VALUES: set[DependentMetricGroupRepWithMetricsKind] = {
    "funnel",
    "standard",
}


def check_dependent_metric_group_rep_with_metrics_kind(
    value: object, key: str | int | None = None
) -> DependentMetricGroupRepWithMetricsKind | str:
    """`value` as DependentMetricGroupRepWithMetricsKind; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in DEPENDENT_METRIC_GROUP_REP_WITH_METRICS_KIND_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['funnel', 'standard']", value, key))
