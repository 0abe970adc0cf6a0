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
    from ..models.media_optimization_constraint_patch_request import MediaOptimizationConstraintPatchRequest


T = TypeVar("T", bound="MediaOptimizationMediaRunPatchRequest")


@_attrs_define(slots=False)
class MediaOptimizationMediaRunPatchRequest(ResponseMetadata):
    """
    Attributes:
        market_id (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        force_cpm (bool | Unset):
        reach_alpha (float | Unset):
        syscodes (list[int] | Unset):
        rate_cards (list[str] | Unset):
        constraints (list[MediaOptimizationConstraintPatchRequest] | Unset):
    """

    market_id: int | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    force_cpm: bool | Unset = UNSET
    reach_alpha: float | Unset = UNSET
    syscodes: list[int] | Unset = UNSET
    rate_cards: list[str] | Unset = UNSET
    constraints: list[MediaOptimizationConstraintPatchRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        force_cpm = self.force_cpm

        reach_alpha = self.reach_alpha

        syscodes: list[int] | Unset = UNSET
        if not isinstance(self.syscodes, Unset):
            syscodes = self.syscodes

        rate_cards: list[str] | Unset = UNSET
        if not isinstance(self.rate_cards, Unset):
            rate_cards = self.rate_cards

        constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = []
            for constraints_item_data in self.constraints:
                constraints_item = jsonable(constraints_item_data)
                constraints.append(constraints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if market_id is not UNSET:
            field_dict["marketId"] = market_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if force_cpm is not UNSET:
            field_dict["forceCpm"] = force_cpm
        if reach_alpha is not UNSET:
            field_dict["reachAlpha"] = reach_alpha
        if syscodes is not UNSET:
            field_dict["syscodes"] = syscodes
        if rate_cards is not UNSET:
            field_dict["rateCards"] = rate_cards
        if constraints is not UNSET:
            field_dict["constraints"] = constraints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_id = d.pop("marketId", UNSET)
        if type(market_id) is not int and market_id is not UNSET:
            market_id = decode.expect(market_id, int, "marketId")

        start_date = decode.date(d.pop("startDate", UNSET), "startDate")

        end_date = decode.date(d.pop("endDate", UNSET), "endDate")

        force_cpm = d.pop("forceCpm", UNSET)
        if type(force_cpm) is not bool and force_cpm is not UNSET:
            force_cpm = decode.expect(force_cpm, bool, "forceCpm")

        reach_alpha = d.pop("reachAlpha", UNSET)
        if type(reach_alpha) is not float and reach_alpha is not UNSET:
            reach_alpha = decode.expect(reach_alpha, float, "reachAlpha")

        syscodes = d.pop("syscodes", UNSET)
        if syscodes is not UNSET:
            syscodes = decode.scalar_array(syscodes, int, "syscodes")

        rate_cards = d.pop("rateCards", UNSET)
        if rate_cards is not UNSET:
            rate_cards = decode.scalar_array(rate_cards, str, "rateCards")

        constraints = d.pop("constraints", UNSET)
        if constraints is not UNSET:
            constraints = decode.model_array(
                _models.MediaOptimizationConstraintPatchRequest.from_dict, constraints, "constraints"
            )

        media_optimization_media_run_patch_request = cls.__new__(cls)
        media_optimization_media_run_patch_request.market_id = market_id
        media_optimization_media_run_patch_request.start_date = start_date
        media_optimization_media_run_patch_request.end_date = end_date
        media_optimization_media_run_patch_request.force_cpm = force_cpm
        media_optimization_media_run_patch_request.reach_alpha = reach_alpha
        media_optimization_media_run_patch_request.syscodes = syscodes
        media_optimization_media_run_patch_request.rate_cards = rate_cards
        media_optimization_media_run_patch_request.constraints = constraints

        media_optimization_media_run_patch_request.additional_properties = d if d else {}
        return media_optimization_media_run_patch_request

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
