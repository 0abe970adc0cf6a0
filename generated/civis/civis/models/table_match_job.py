from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.table_match_option import TableMatchOption


T = TypeVar("T", bound="TableMatchJob")


@_attrs_define(slots=False)
class TableMatchJob(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        type_ (str):
        from_template_id (int):
        state (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        runs (list[JobRun]):
        last_run (JobRun): One execution of a job.
        hidden (bool):
        match_options (TableMatchOption):
    """

    id: int
    name: str
    type_: str
    from_template_id: int
    state: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    runs: list[JobRun]
    last_run: JobRun
    hidden: bool
    match_options: TableMatchOption
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        from_template_id = self.from_template_id

        state = self.state

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        runs = []
        for runs_item_data in self.runs:
            runs_item = runs_item_data.to_dict()
            runs.append(runs_item)

        last_run = self.last_run.to_dict()

        hidden = self.hidden

        match_options = self.match_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "fromTemplateId": from_template_id,
                "state": state,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "runs": runs,
                "lastRun": last_run,
                "hidden": hidden,
                "matchOptions": match_options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.table_match_option import TableMatchOption  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        from_template_id = d.pop("fromTemplateId")

        state = d.pop("state")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        runs = []
        _runs = d.pop("runs")
        for runs_item_data in _runs:
            runs_item = JobRun.from_dict(runs_item_data)

            runs.append(runs_item)

        last_run = JobRun.from_dict(d.pop("lastRun"))

        hidden = d.pop("hidden")

        match_options = TableMatchOption.from_dict(d.pop("matchOptions"))

        table_match_job = cls(
            id=id,
            name=name,
            type_=type_,
            from_template_id=from_template_id,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            runs=runs,
            last_run=last_run,
            hidden=hidden,
            match_options=match_options,
        )

        table_match_job.additional_properties = d
        return table_match_job

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
