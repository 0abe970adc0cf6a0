from typing import Literal

MetricRepSuccessCriteria = Literal["HigherThanBaseline", "LowerThanBaseline"]

METRIC_REP_SUCCESS_CRITERIA_VALUES: set[MetricRepSuccessCriteria] = {
    "HigherThanBaseline",
    "LowerThanBaseline",
}


def check_metric_rep_success_criteria(value: str) -> MetricRepSuccessCriteria:
    if value in METRIC_REP_SUCCESS_CRITERIA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_REP_SUCCESS_CRITERIA_VALUES!r}")
