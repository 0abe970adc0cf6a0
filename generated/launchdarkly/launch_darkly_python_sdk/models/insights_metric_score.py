from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.insights_metric_indicator_range import InsightsMetricIndicatorRange  # noqa: PLC0415

        d = dict(src_dict)
        score = decode.expect(d.pop("score", decode.MISSING), int, "score")

        indicator = decode.expect(d.pop("indicator", decode.MISSING), str, "indicator")

        indicator_range = decode.model(
            InsightsMetricIndicatorRange.from_dict, d.pop("indicatorRange", decode.MISSING), "indicatorRange"
        )

        _aggregate_of = d.pop("aggregateOf", UNSET)
        aggregate_of: list[str] | Unset
        if isinstance(_aggregate_of, list):
            aggregate_of = []
            for aggregate_of_index, aggregate_of_item_data in enumerate(_aggregate_of):
                with decode.at("aggregateOf", aggregate_of_index):
                    aggregate_of_item = decode.expect(aggregate_of_item_data, str)

                aggregate_of.append(aggregate_of_item)
        else:
            aggregate_of = decode.mismatch("an array", _aggregate_of, "aggregateOf")

        diff_vs_last_period = decode.expect(d.pop("diffVsLastPeriod", UNSET), int, "diffVsLastPeriod")

        last_period = decode.model(InsightsMetricScore.from_dict, d.pop("lastPeriod", UNSET), "lastPeriod")

        insights_metric_score = cls(
            score=score,
            indicator=indicator,
            indicator_range=indicator_range,
            aggregate_of=aggregate_of,
            diff_vs_last_period=diff_vs_last_period,
            last_period=last_period,
        )

        insights_metric_score.additional_properties = d
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
