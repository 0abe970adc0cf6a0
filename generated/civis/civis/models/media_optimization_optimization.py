from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.media_optimization_media_run import MediaOptimizationMediaRun
    from ..models.media_optimization_optimization_time_slot_percentages import (
        MediaOptimizationOptimizationTimeSlotPercentages,
    )
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="MediaOptimizationOptimization")


@_attrs_define(slots=False)
class MediaOptimizationOptimization(ResponseMetadata):
    """
    Attributes:
        id (int):
        author (UserSimpleUser):
        name (str):
        created_at (str):
        updated_at (str):
        finished_at (datetime.datetime):
        state (str):
        last_run_id (int):
        spot_order_id (int):
        archived (str):
        report_link (str):
        spot_order_link (str):
        file_links (list[str]):
        runs (list[MediaOptimizationMediaRun]):
        programs (list[str]):
        networks (list[str]):
        exclude_programs (bool):
        exclude_networks (bool):
        time_slot_percentages (MediaOptimizationOptimizationTimeSlotPercentages):
    """

    id: int
    author: UserSimpleUser
    name: str
    created_at: str
    updated_at: str
    finished_at: datetime.datetime
    state: str
    last_run_id: int
    spot_order_id: int
    archived: str
    report_link: str
    spot_order_link: str
    file_links: list[str]
    runs: list[MediaOptimizationMediaRun]
    programs: list[str]
    networks: list[str]
    exclude_programs: bool
    exclude_networks: bool
    time_slot_percentages: MediaOptimizationOptimizationTimeSlotPercentages
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        author = jsonable(self.author)

        name = self.name

        created_at = self.created_at

        updated_at = self.updated_at

        finished_at = rfc3339(self.finished_at)

        state = self.state

        last_run_id = self.last_run_id

        spot_order_id = self.spot_order_id

        archived = self.archived

        report_link = self.report_link

        spot_order_link = self.spot_order_link

        file_links = self.file_links

        runs = []
        for runs_item_data in self.runs:
            runs_item = jsonable(runs_item_data)
            runs.append(runs_item)

        programs = self.programs

        networks = self.networks

        exclude_programs = self.exclude_programs

        exclude_networks = self.exclude_networks

        time_slot_percentages = jsonable(self.time_slot_percentages)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "author": author,
                "name": name,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "finishedAt": finished_at,
                "state": state,
                "lastRunId": last_run_id,
                "spotOrderId": spot_order_id,
                "archived": archived,
                "reportLink": report_link,
                "spotOrderLink": spot_order_link,
                "fileLinks": file_links,
                "runs": runs,
                "programs": programs,
                "networks": networks,
                "excludePrograms": exclude_programs,
                "excludeNetworks": exclude_networks,
                "timeSlotPercentages": time_slot_percentages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        author = decode.model(_models.UserSimpleUser.from_dict, d.pop("author", decode.MISSING), "author")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        finished_at = decode.date_time(d.pop("finishedAt", decode.MISSING), "finishedAt")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        last_run_id = d.pop("lastRunId", decode.MISSING)
        if type(last_run_id) is not int:
            last_run_id = decode.expect(last_run_id, int, "lastRunId")

        spot_order_id = d.pop("spotOrderId", decode.MISSING)
        if type(spot_order_id) is not int:
            spot_order_id = decode.expect(spot_order_id, int, "spotOrderId")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        report_link = d.pop("reportLink", decode.MISSING)
        if type(report_link) is not str:
            report_link = decode.expect(report_link, str, "reportLink")

        spot_order_link = d.pop("spotOrderLink", decode.MISSING)
        if type(spot_order_link) is not str:
            spot_order_link = decode.expect(spot_order_link, str, "spotOrderLink")

        file_links = decode.scalar_array(d.pop("fileLinks", decode.MISSING), str, "fileLinks")

        runs = decode.model_array(_models.MediaOptimizationMediaRun.from_dict, d.pop("runs", decode.MISSING), "runs")

        programs = decode.scalar_array(d.pop("programs", decode.MISSING), str, "programs")

        networks = decode.scalar_array(d.pop("networks", decode.MISSING), str, "networks")

        exclude_programs = d.pop("excludePrograms", decode.MISSING)
        if type(exclude_programs) is not bool:
            exclude_programs = decode.expect(exclude_programs, bool, "excludePrograms")

        exclude_networks = d.pop("excludeNetworks", decode.MISSING)
        if type(exclude_networks) is not bool:
            exclude_networks = decode.expect(exclude_networks, bool, "excludeNetworks")

        time_slot_percentages = decode.model(
            _models.MediaOptimizationOptimizationTimeSlotPercentages.from_dict,
            d.pop("timeSlotPercentages", decode.MISSING),
            "timeSlotPercentages",
        )

        media_optimization_optimization = cls.__new__(cls)
        media_optimization_optimization.id = id
        media_optimization_optimization.author = author
        media_optimization_optimization.name = name
        media_optimization_optimization.created_at = created_at
        media_optimization_optimization.updated_at = updated_at
        media_optimization_optimization.finished_at = finished_at
        media_optimization_optimization.state = state
        media_optimization_optimization.last_run_id = last_run_id
        media_optimization_optimization.spot_order_id = spot_order_id
        media_optimization_optimization.archived = archived
        media_optimization_optimization.report_link = report_link
        media_optimization_optimization.spot_order_link = spot_order_link
        media_optimization_optimization.file_links = file_links
        media_optimization_optimization.runs = runs
        media_optimization_optimization.programs = programs
        media_optimization_optimization.networks = networks
        media_optimization_optimization.exclude_programs = exclude_programs
        media_optimization_optimization.exclude_networks = exclude_networks
        media_optimization_optimization.time_slot_percentages = time_slot_percentages

        media_optimization_optimization.additional_properties = d if d else {}
        return media_optimization_optimization

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
