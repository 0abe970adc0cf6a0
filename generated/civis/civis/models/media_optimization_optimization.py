from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.media_optimization_media_run import MediaOptimizationMediaRun  # noqa: PLC0415
        from ..models.media_optimization_optimization_time_slot_percentages import (
            MediaOptimizationOptimizationTimeSlotPercentages,  # noqa: PLC0415
        )
        from ..models.user_simple_user import UserSimpleUser  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        author = decode.model(UserSimpleUser.from_dict, d.pop("author", decode.MISSING), "author")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        created_at = decode.expect(d.pop("createdAt", decode.MISSING), str, "createdAt")

        updated_at = decode.expect(d.pop("updatedAt", decode.MISSING), str, "updatedAt")

        finished_at = decode.date_time(d.pop("finishedAt", decode.MISSING), "finishedAt")

        state = decode.expect(d.pop("state", decode.MISSING), str, "state")

        last_run_id = decode.expect(d.pop("lastRunId", decode.MISSING), int, "lastRunId")

        spot_order_id = decode.expect(d.pop("spotOrderId", decode.MISSING), int, "spotOrderId")

        archived = decode.expect(d.pop("archived", decode.MISSING), str, "archived")

        report_link = decode.expect(d.pop("reportLink", decode.MISSING), str, "reportLink")

        spot_order_link = decode.expect(d.pop("spotOrderLink", decode.MISSING), str, "spotOrderLink")

        _file_links = d.pop("fileLinks", decode.MISSING)
        file_links: list[str]
        if isinstance(_file_links, list):
            file_links = []
            for file_links_index, file_links_item_data in enumerate(_file_links):
                with decode.at("fileLinks", file_links_index):
                    file_links_item = decode.expect(file_links_item_data, str)

                file_links.append(file_links_item)
        else:
            file_links = decode.mismatch("an array", _file_links, "fileLinks")

        _runs = d.pop("runs", decode.MISSING)
        runs: list[MediaOptimizationMediaRun]
        if isinstance(_runs, list):
            runs = []
            for runs_index, runs_item_data in enumerate(_runs):
                with decode.at("runs", runs_index):
                    runs_item = decode.model(MediaOptimizationMediaRun.from_dict, runs_item_data)

                runs.append(runs_item)
        else:
            runs = decode.mismatch("an array", _runs, "runs")

        _programs = d.pop("programs", decode.MISSING)
        programs: list[str]
        if isinstance(_programs, list):
            programs = []
            for programs_index, programs_item_data in enumerate(_programs):
                with decode.at("programs", programs_index):
                    programs_item = decode.expect(programs_item_data, str)

                programs.append(programs_item)
        else:
            programs = decode.mismatch("an array", _programs, "programs")

        _networks = d.pop("networks", decode.MISSING)
        networks: list[str]
        if isinstance(_networks, list):
            networks = []
            for networks_index, networks_item_data in enumerate(_networks):
                with decode.at("networks", networks_index):
                    networks_item = decode.expect(networks_item_data, str)

                networks.append(networks_item)
        else:
            networks = decode.mismatch("an array", _networks, "networks")

        exclude_programs = decode.expect(d.pop("excludePrograms", decode.MISSING), bool, "excludePrograms")

        exclude_networks = decode.expect(d.pop("excludeNetworks", decode.MISSING), bool, "excludeNetworks")

        time_slot_percentages = decode.model(
            MediaOptimizationOptimizationTimeSlotPercentages.from_dict,
            d.pop("timeSlotPercentages", decode.MISSING),
            "timeSlotPercentages",
        )

        media_optimization_optimization = cls(
            id=id,
            author=author,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            finished_at=finished_at,
            state=state,
            last_run_id=last_run_id,
            spot_order_id=spot_order_id,
            archived=archived,
            report_link=report_link,
            spot_order_link=spot_order_link,
            file_links=file_links,
            runs=runs,
            programs=programs,
            networks=networks,
            exclude_programs=exclude_programs,
            exclude_networks=exclude_networks,
            time_slot_percentages=time_slot_percentages,
        )

        media_optimization_optimization.additional_properties = d
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
