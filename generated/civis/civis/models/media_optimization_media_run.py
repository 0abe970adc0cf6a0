from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.media_optimization_constraint import MediaOptimizationConstraint


T = TypeVar("T", bound="MediaOptimizationMediaRun")


@_attrs_define(slots=False)
class MediaOptimizationMediaRun(ResponseMetadata):
    """
    Attributes:
        market_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        force_cpm (bool):
        reach_alpha (float):
        syscodes (list[int]):
        rate_cards (list[str]):
        constraints (list[MediaOptimizationConstraint]):
    """

    market_id: int
    start_date: datetime.date
    end_date: datetime.date
    force_cpm: bool
    reach_alpha: float
    syscodes: list[int]
    rate_cards: list[str]
    constraints: list[MediaOptimizationConstraint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        force_cpm = self.force_cpm

        reach_alpha = self.reach_alpha

        syscodes = self.syscodes

        rate_cards = self.rate_cards

        constraints = []
        for constraints_item_data in self.constraints:
            constraints_item = constraints_item_data.to_dict()
            constraints.append(constraints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketId": market_id,
                "startDate": start_date,
                "endDate": end_date,
                "forceCpm": force_cpm,
                "reachAlpha": reach_alpha,
                "syscodes": syscodes,
                "rateCards": rate_cards,
                "constraints": constraints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media_optimization_constraint import MediaOptimizationConstraint  # noqa: PLC0415

        d = dict(src_dict)
        market_id = d.pop("marketId")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        end_date = datetime.date.fromisoformat(d.pop("endDate"))

        force_cpm = d.pop("forceCpm")

        reach_alpha = d.pop("reachAlpha")

        syscodes = cast(list[int], d.pop("syscodes"))

        rate_cards = cast(list[str], d.pop("rateCards"))

        constraints = []
        _constraints = d.pop("constraints")
        for constraints_item_data in _constraints:
            constraints_item = MediaOptimizationConstraint.from_dict(constraints_item_data)

            constraints.append(constraints_item)

        media_optimization_media_run = cls(
            market_id=market_id,
            start_date=start_date,
            end_date=end_date,
            force_cpm=force_cpm,
            reach_alpha=reach_alpha,
            syscodes=syscodes,
            rate_cards=rate_cards,
            constraints=constraints,
        )

        media_optimization_media_run.additional_properties = d
        return media_optimization_media_run

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
