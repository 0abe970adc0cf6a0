from typing import Literal, cast

from .._core import _decode as decode

MetricRepSuccessCriteria = Literal["HigherThanBaseline", "LowerThanBaseline"]

METRIC_REP_SUCCESS_CRITERIA_VALUES: set[MetricRepSuccessCriteria] = {
    "HigherThanBaseline",
    "LowerThanBaseline",
}


def check_metric_rep_success_criteria(value: object, key: str | int | None = None) -> MetricRepSuccessCriteria | str:
    """`value` as MetricRepSuccessCriteria; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in METRIC_REP_SUCCESS_CRITERIA_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['HigherThanBaseline', 'LowerThanBaseline']", value, key))
