from __future__ import annotations

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
        from ..models.media_optimization_media_run_create_request import MediaOptimizationMediaRunCreateRequest  # noqa: PLC0415
        from ..models.media_optimization_optimization_create_request_time_slot_percentages import (
            MediaOptimizationOptimizationCreateRequestTimeSlotPercentages,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _runs = d.pop("runs", decode.MISSING)
        runs: list[MediaOptimizationMediaRunCreateRequest]
        if isinstance(_runs, list):
            runs = []
            for runs_index, runs_item_data in enumerate(_runs):
                with decode.at("runs", runs_index):
                    runs_item = decode.model(MediaOptimizationMediaRunCreateRequest.from_dict, runs_item_data)

                runs.append(runs_item)
        else:
            runs = decode.mismatch("an array", _runs, "runs")

        name = decode.expect(d.pop("name", UNSET), str, "name")

        _programs = d.pop("programs", UNSET)
        programs: list[str] | Unset
        if isinstance(_programs, list):
            programs = []
            for programs_index, programs_item_data in enumerate(_programs):
                with decode.at("programs", programs_index):
                    programs_item = decode.expect(programs_item_data, str)

                programs.append(programs_item)
        else:
            programs = decode.mismatch("an array", _programs, "programs")

        _networks = d.pop("networks", UNSET)
        networks: list[str] | Unset
        if isinstance(_networks, list):
            networks = []
            for networks_index, networks_item_data in enumerate(_networks):
                with decode.at("networks", networks_index):
                    networks_item = decode.expect(networks_item_data, str)

                networks.append(networks_item)
        else:
            networks = decode.mismatch("an array", _networks, "networks")

        exclude_programs = decode.expect(d.pop("excludePrograms", UNSET), bool, "excludePrograms")

        exclude_networks = decode.expect(d.pop("excludeNetworks", UNSET), bool, "excludeNetworks")

        time_slot_percentages = decode.model(
            MediaOptimizationOptimizationCreateRequestTimeSlotPercentages.from_dict,
            d.pop("timeSlotPercentages", UNSET),
            "timeSlotPercentages",
        )

        media_optimization_optimization_create_request = cls(
            runs=runs,
            name=name,
            programs=programs,
            networks=networks,
            exclude_programs=exclude_programs,
            exclude_networks=exclude_networks,
            time_slot_percentages=time_slot_percentages,
        )

        media_optimization_optimization_create_request.additional_properties = d
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
