from typing import Literal

MetricPostSuccessCriteria = Literal["HigherThanBaseline", "LowerThanBaseline"]

METRIC_POST_SUCCESS_CRITERIA_VALUES: set[MetricPostSuccessCriteria] = {
    "HigherThanBaseline",
    "LowerThanBaseline",
}


def check_metric_post_success_criteria(value: str) -> MetricPostSuccessCriteria:
    if value in METRIC_POST_SUCCESS_CRITERIA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_POST_SUCCESS_CRITERIA_VALUES!r}")
