from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insights_metric_indicator_range import InsightsMetricIndicatorRange


T = TypeVar("T", bound="InsightsMetricScore")


@_attrs_define
class InsightsMetricScore:
    """
    Attributes:
        score (int):
        indicator (str):
        indicator_range (InsightsMetricIndicatorRange):
        aggregate_of (list[str] | Unset):
        diff_vs_last_period (int | Unset):
        last_period (InsightsMetricScore | Unset):
    """

    score: int
    indicator: str
    indicator_range: InsightsMetricIndicatorRange
    aggregate_of: list[str] | Unset = UNSET
    diff_vs_last_period: int | Unset = UNSET
    last_period: InsightsMetricScore | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        indicator = self.indicator

        indicator_range = jsonable(self.indicator_range)

        aggregate_of: list[str] | Unset = UNSET
        if not isinstance(self.aggregate_of, Unset):
            aggregate_of = self.aggregate_of

        diff_vs_last_period = self.diff_vs_last_period

        last_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_period, Unset):
            last_period = jsonable(self.last_period)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "indicator": indicator,
                "indicatorRange": indicator_range,
            }
        )
        if aggregate_of is not UNSET:
            field_dict["aggregateOf"] = aggregate_of
        if diff_vs_last_period is not UNSET:
            field_dict["diffVsLastPeriod"] = diff_vs_last_period
        if last_period is not UNSET:
            field_dict["lastPeriod"] = last_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        score = d.pop("score", decode.MISSING)
        if type(score) is not int:
            score = decode.expect(score, int, "score")

        indicator = d.pop("indicator", decode.MISSING)
        if type(indicator) is not str:
            indicator = decode.expect(indicator, str, "indicator")

        indicator_range = decode.model(
            _models.InsightsMetricIndicatorRange.from_dict, d.pop("indicatorRange", decode.MISSING), "indicatorRange"
        )

        aggregate_of = d.pop("aggregateOf", UNSET)
        if aggregate_of is not UNSET:
            aggregate_of = decode.scalar_array(aggregate_of, str, "aggregateOf")

        diff_vs_last_period = d.pop("diffVsLastPeriod", UNSET)
        if type(diff_vs_last_period) is not int and diff_vs_last_period is not UNSET:
            diff_vs_last_period = decode.expect(diff_vs_last_period, int, "diffVsLastPeriod")

        last_period = d.pop("lastPeriod", UNSET)
        if last_period is not UNSET:
            last_period = decode.model(_models.InsightsMetricScore.from_dict, last_period, "lastPeriod")

        insights_metric_score = cls.__new__(cls)
        insights_metric_score.score = score
        insights_metric_score.indicator = indicator
        insights_metric_score.indicator_range = indicator_range
        insights_metric_score.aggregate_of = aggregate_of
        insights_metric_score.diff_vs_last_period = diff_vs_last_period
        insights_metric_score.last_period = last_period

        insights_metric_score.additional_properties = d if d else {}
        return insights_metric_score

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
