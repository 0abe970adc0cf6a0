from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names

T = TypeVar("T", bound="InsightsMetricIndicatorRange")


@plain_names({"max": "max_", "min": "min_"})
@_attrs_define
class InsightsMetricIndicatorRange:
    """
    Attributes:
        min_ (int):
        max_ (int):
    """

    min_: int
    max_: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min": min_,
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min", decode.MISSING)
        if type(min_) is not int:
            min_ = decode.expect(min_, int, "min")

        max_ = d.pop("max", decode.MISSING)
        if type(max_) is not int:
            max_ = decode.expect(max_, int, "max")

        insights_metric_indicator_range = cls.__new__(cls)
        insights_metric_indicator_range.min_ = min_
        insights_metric_indicator_range.max_ = max_

        insights_metric_indicator_range.additional_properties = d if d else {}
        return insights_metric_indicator_range

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
