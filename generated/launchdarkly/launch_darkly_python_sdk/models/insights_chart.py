from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.insights_chart_metadata import InsightsChartMetadata
    from ..models.insights_chart_series_item import InsightsChartSeriesItem


T = TypeVar("T", bound="InsightsChart")


@_attrs_define
class InsightsChart:
    """Chart data: metadata plus series.

    Attributes:
        metadata (InsightsChartMetadata):
        series (list[InsightsChartSeriesItem]):
    """

    metadata: InsightsChartMetadata
    series: list[InsightsChartSeriesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        metadata = jsonable(self.metadata)

        series = []
        for series_item_data in self.series:
            series_item = jsonable(series_item_data)
            series.append(series_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "series": series,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = decode.model(_models.InsightsChartMetadata.from_dict, d.pop("metadata", decode.MISSING), "metadata")

        series = decode.model_array(
            _models.InsightsChartSeriesItem.from_dict, d.pop("series", decode.MISSING), "series"
        )

        insights_chart = cls.__new__(cls)
        insights_chart.metadata = metadata
        insights_chart.series = series

        insights_chart.additional_properties = d if d else {}
        return insights_chart

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
