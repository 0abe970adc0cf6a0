from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.media_optimization_constraint_create_request import MediaOptimizationConstraintCreateRequest  # noqa: PLC0415

        d = dict(src_dict)
        market_id = decode.expect(d.pop("marketId", decode.MISSING), int, "marketId")

        start_date = decode.date(d.pop("startDate", decode.MISSING), "startDate")

        end_date = decode.date(d.pop("endDate", decode.MISSING), "endDate")

        _syscodes = d.pop("syscodes", decode.MISSING)
        syscodes: list[int]
        if isinstance(_syscodes, list):
            syscodes = []
            for syscodes_index, syscodes_item_data in enumerate(_syscodes):
                with decode.at("syscodes", syscodes_index):
                    syscodes_item = decode.expect(syscodes_item_data, int)

                syscodes.append(syscodes_item)
        else:
            syscodes = decode.mismatch("an array", _syscodes, "syscodes")

        _rate_cards = d.pop("rateCards", decode.MISSING)
        rate_cards: list[str]
        if isinstance(_rate_cards, list):
            rate_cards = []
            for rate_cards_index, rate_cards_item_data in enumerate(_rate_cards):
                with decode.at("rateCards", rate_cards_index):
                    rate_cards_item = decode.expect(rate_cards_item_data, str)

                rate_cards.append(rate_cards_item)
        else:
            rate_cards = decode.mismatch("an array", _rate_cards, "rateCards")

        _constraints = d.pop("constraints", decode.MISSING)
        constraints: list[MediaOptimizationConstraintCreateRequest]
        if isinstance(_constraints, list):
            constraints = []
            for constraints_index, constraints_item_data in enumerate(_constraints):
                with decode.at("constraints", constraints_index):
                    constraints_item = decode.model(
                        MediaOptimizationConstraintCreateRequest.from_dict, constraints_item_data
                    )

                constraints.append(constraints_item)
        else:
            constraints = decode.mismatch("an array", _constraints, "constraints")

        force_cpm = decode.expect(d.pop("forceCpm", UNSET), bool, "forceCpm")

        reach_alpha = decode.expect(d.pop("reachAlpha", UNSET), float, "reachAlpha")

        media_optimization_media_run_create_request = cls(
            market_id=market_id,
            start_date=start_date,
            end_date=end_date,
            syscodes=syscodes,
            rate_cards=rate_cards,
            constraints=constraints,
            force_cpm=force_cpm,
            reach_alpha=reach_alpha,
        )

        media_optimization_media_run_create_request.additional_properties = d
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
