from typing import Literal, cast

from .._core import _decode as decode

MetricPostSuccessCriteria = Literal["HigherThanBaseline", "LowerThanBaseline"]

METRIC_POST_SUCCESS_CRITERIA_VALUES: set[MetricPostSuccessCriteria] = {
    "HigherThanBaseline",
    "LowerThanBaseline",
}


def check_metric_post_success_criteria(value: object, key: str | int | None = None) -> MetricPostSuccessCriteria | str:
    """`value` as MetricPostSuccessCriteria; a value outside it is kept as received, or a mismatch when decoding strictly."""
    if value in METRIC_POST_SUCCESS_CRITERIA_VALUES:
        return value
    return cast(str, decode.mismatch("one of ['HigherThanBaseline', 'LowerThanBaseline']", value, key))
