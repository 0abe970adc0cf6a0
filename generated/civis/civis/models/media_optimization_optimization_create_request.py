from __future__ import annotations

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
    from ..models.media_optimization_media_run_create_request import MediaOptimizationMediaRunCreateRequest
    from ..models.media_optimization_optimization_create_request_time_slot_percentages import (
        MediaOptimizationOptimizationCreateRequestTimeSlotPercentages,
    )


T = TypeVar("T", bound="MediaOptimizationOptimizationCreateRequest")


@_attrs_define(slots=False)
class MediaOptimizationOptimizationCreateRequest(ResponseMetadata):
    """
    Attributes:
        runs (list[MediaOptimizationMediaRunCreateRequest]):
        name (str | Unset):
        programs (list[str] | Unset):
        networks (list[str] | Unset):
        exclude_programs (bool | Unset):
        exclude_networks (bool | Unset):
        time_slot_percentages (MediaOptimizationOptimizationCreateRequestTimeSlotPercentages | Unset):
    """

    runs: list[MediaOptimizationMediaRunCreateRequest]
    name: str | Unset = UNSET
    programs: list[str] | Unset = UNSET
    networks: list[str] | Unset = UNSET
    exclude_programs: bool | Unset = UNSET
    exclude_networks: bool | Unset = UNSET
    time_slot_percentages: MediaOptimizationOptimizationCreateRequestTimeSlotPercentages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        runs = []
        for runs_item_data in self.runs:
            runs_item = jsonable(runs_item_data)
            runs.append(runs_item)

        name = self.name

        programs: list[str] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = self.programs

        networks: list[str] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = self.networks

        exclude_programs = self.exclude_programs

        exclude_networks = self.exclude_networks

        time_slot_percentages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_slot_percentages, Unset):
            time_slot_percentages = jsonable(self.time_slot_percentages)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runs": runs,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if programs is not UNSET:
            field_dict["programs"] = programs
        if networks is not UNSET:
            field_dict["networks"] = networks
        if exclude_programs is not UNSET:
            field_dict["excludePrograms"] = exclude_programs
        if exclude_networks is not UNSET:
            field_dict["excludeNetworks"] = exclude_networks
        if time_slot_percentages is not UNSET:
            field_dict["timeSlotPercentages"] = time_slot_percentages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        runs = decode.model_array(
            _models.MediaOptimizationMediaRunCreateRequest.from_dict, d.pop("runs", decode.MISSING), "runs"
        )

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        programs = d.pop("programs", UNSET)
        if programs is not UNSET:
            programs = decode.scalar_array(programs, str, "programs")

        networks = d.pop("networks", UNSET)
        if networks is not UNSET:
            networks = decode.scalar_array(networks, str, "networks")

        exclude_programs = d.pop("excludePrograms", UNSET)
        if type(exclude_programs) is not bool and exclude_programs is not UNSET:
            exclude_programs = decode.expect(exclude_programs, bool, "excludePrograms")

        exclude_networks = d.pop("excludeNetworks", UNSET)
        if type(exclude_networks) is not bool and exclude_networks is not UNSET:
            exclude_networks = decode.expect(exclude_networks, bool, "excludeNetworks")

        time_slot_percentages = d.pop("timeSlotPercentages", UNSET)
        if time_slot_percentages is not UNSET:
            time_slot_percentages = decode.model(
                _models.MediaOptimizationOptimizationCreateRequestTimeSlotPercentages.from_dict,
                time_slot_percentages,
                "timeSlotPercentages",
            )

        media_optimization_optimization_create_request = cls.__new__(cls)
        media_optimization_optimization_create_request.runs = runs
        media_optimization_optimization_create_request.name = name
        media_optimization_optimization_create_request.programs = programs
        media_optimization_optimization_create_request.networks = networks
        media_optimization_optimization_create_request.exclude_programs = exclude_programs
        media_optimization_optimization_create_request.exclude_networks = exclude_networks
        media_optimization_optimization_create_request.time_slot_percentages = time_slot_percentages

        media_optimization_optimization_create_request.additional_properties = d if d else {}
        return media_optimization_optimization_create_request

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
