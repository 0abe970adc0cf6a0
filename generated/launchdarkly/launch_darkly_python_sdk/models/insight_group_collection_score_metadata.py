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
    from ..models.insight_period import InsightPeriod


T = TypeVar("T", bound="InsightGroupCollectionScoreMetadata")


@_attrs_define
class InsightGroupCollectionScoreMetadata:
    """
    Attributes:
        period (InsightPeriod):
        last_period (InsightPeriod):
    """

    period: InsightPeriod
    last_period: InsightPeriod
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        period = jsonable(self.period)

        last_period = jsonable(self.last_period)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "lastPeriod": last_period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = decode.model(_models.InsightPeriod.from_dict, d.pop("period", decode.MISSING), "period")

        last_period = decode.model(_models.InsightPeriod.from_dict, d.pop("lastPeriod", decode.MISSING), "lastPeriod")

        insight_group_collection_score_metadata = cls.__new__(cls)
        insight_group_collection_score_metadata.period = period
        insight_group_collection_score_metadata.last_period = last_period

        insight_group_collection_score_metadata.additional_properties = d if d else {}
        return insight_group_collection_score_metadata

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
