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
    from ..models.series_list_rep_links import SeriesListRepLinks
    from ..models.series_list_rep_metadata_item import SeriesListRepMetadataItem
    from ..models.series_list_rep_series_item import SeriesListRepSeriesItem


T = TypeVar("T", bound="SeriesListRep")


@_attrs_define
class SeriesListRep:
    """Usage figures as a time series.

    Attributes:
        metadata (list[SeriesListRepMetadataItem]): One entry per series, describing what it counts.
        series (list[SeriesListRepSeriesItem]): One point per time bucket; keys match the metadata order plus `time`.
        field_links (SeriesListRepLinks | Unset):
    """

    metadata: list[SeriesListRepMetadataItem]
    series: list[SeriesListRepSeriesItem]
    field_links: SeriesListRepLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        metadata = []
        for metadata_item_data in self.metadata:
            metadata_item = jsonable(metadata_item_data)
            metadata.append(metadata_item)

        series = []
        for series_item_data in self.series:
            series_item = jsonable(series_item_data)
            series.append(series_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "series": series,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = decode.model_array(
            _models.SeriesListRepMetadataItem.from_dict, d.pop("metadata", decode.MISSING), "metadata"
        )

        series = decode.model_array(
            _models.SeriesListRepSeriesItem.from_dict, d.pop("series", decode.MISSING), "series"
        )

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.SeriesListRepLinks.from_dict, field_links, "_links")

        series_list_rep = cls.__new__(cls)
        series_list_rep.metadata = metadata
        series_list_rep.series = series
        series_list_rep.field_links = field_links

        series_list_rep.additional_properties = d if d else {}
        return series_list_rep

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
