from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_optimization_constraint_create_request import MediaOptimizationConstraintCreateRequest


T = TypeVar("T", bound="MediaOptimizationMediaRunCreateRequest")


@_attrs_define(slots=False)
class MediaOptimizationMediaRunCreateRequest(ResponseMetadata):
    """
    Attributes:
        market_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        syscodes (list[int]):
        rate_cards (list[str]):
        constraints (list[MediaOptimizationConstraintCreateRequest]):
        force_cpm (bool | Unset):
        reach_alpha (float | Unset):
    """

    market_id: int
    start_date: datetime.date
    end_date: datetime.date
    syscodes: list[int]
    rate_cards: list[str]
    constraints: list[MediaOptimizationConstraintCreateRequest]
    force_cpm: bool | Unset = UNSET
    reach_alpha: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        syscodes = self.syscodes

        rate_cards = self.rate_cards

        constraints = []
        for constraints_item_data in self.constraints:
            constraints_item = jsonable(constraints_item_data)
            constraints.append(constraints_item)

        force_cpm = self.force_cpm

        reach_alpha = self.reach_alpha

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketId": market_id,
                "startDate": start_date,
                "endDate": end_date,
                "syscodes": syscodes,
                "rateCards": rate_cards,
                "constraints": constraints,
            }
        )
        if force_cpm is not UNSET:
            field_dict["forceCpm"] = force_cpm
        if reach_alpha is not UNSET:
            field_dict["reachAlpha"] = reach_alpha

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_id = d.pop("marketId", decode.MISSING)
        if type(market_id) is not int:
            market_id = decode.expect(market_id, int, "marketId")

        start_date = decode.date(d.pop("startDate", decode.MISSING), "startDate")

        end_date = decode.date(d.pop("endDate", decode.MISSING), "endDate")

        syscodes = decode.scalar_array(d.pop("syscodes", decode.MISSING), int, "syscodes")

        rate_cards = decode.scalar_array(d.pop("rateCards", decode.MISSING), str, "rateCards")

        constraints = decode.model_array(
            _models.MediaOptimizationConstraintCreateRequest.from_dict,
            d.pop("constraints", decode.MISSING),
            "constraints",
        )

        force_cpm = d.pop("forceCpm", UNSET)
        if type(force_cpm) is not bool and force_cpm is not UNSET:
            force_cpm = decode.expect(force_cpm, bool, "forceCpm")

        reach_alpha = d.pop("reachAlpha", UNSET)
        if type(reach_alpha) is not float and reach_alpha is not UNSET:
            reach_alpha = decode.expect(reach_alpha, float, "reachAlpha")

        media_optimization_media_run_create_request = cls.__new__(cls)
        media_optimization_media_run_create_request.market_id = market_id
        media_optimization_media_run_create_request.start_date = start_date
        media_optimization_media_run_create_request.end_date = end_date
        media_optimization_media_run_create_request.syscodes = syscodes
        media_optimization_media_run_create_request.rate_cards = rate_cards
        media_optimization_media_run_create_request.constraints = constraints
        media_optimization_media_run_create_request.force_cpm = force_cpm
        media_optimization_media_run_create_request.reach_alpha = reach_alpha

        media_optimization_media_run_create_request.additional_properties = d if d else {}
        return media_optimization_media_run_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
