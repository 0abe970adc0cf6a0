from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata
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

    def to_dict(self) -> dict[str, Any]:
        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
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
            time_slot_percentages = self.time_slot_percentages.to_dict()

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
        runs = []
        _runs = d.pop("runs")
        for runs_item_data in _runs:
            runs_item = MediaOptimizationMediaRunCreateRequest.from_dict(runs_item_data)

            runs.append(runs_item)

        name = d.pop("name", UNSET)

        programs = cast(list[str], d.pop("programs", UNSET))

        networks = cast(list[str], d.pop("networks", UNSET))

        exclude_programs = d.pop("excludePrograms", UNSET)

        exclude_networks = d.pop("excludeNetworks", UNSET)

        _time_slot_percentages = d.pop("timeSlotPercentages", UNSET)
        time_slot_percentages: MediaOptimizationOptimizationCreateRequestTimeSlotPercentages | Unset
        if isinstance(_time_slot_percentages, Unset):
            time_slot_percentages = UNSET
        else:
            time_slot_percentages = MediaOptimizationOptimizationCreateRequestTimeSlotPercentages.from_dict(
                _time_slot_percentages
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
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
