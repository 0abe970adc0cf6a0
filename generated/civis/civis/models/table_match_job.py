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
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.table_match_option import TableMatchOption


T = TypeVar("T", bound="TableMatchJob")


@plain_names({"type": "type_"})
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

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        from_template_id = self.from_template_id

        state = self.state

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        runs = []
        for runs_item_data in self.runs:
            runs_item = jsonable(runs_item_data)
            runs.append(runs_item)

        last_run = jsonable(self.last_run)

        hidden = self.hidden

        match_options = jsonable(self.match_options)

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
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        from_template_id = d.pop("fromTemplateId", decode.MISSING)
        if type(from_template_id) is not int:
            from_template_id = decode.expect(from_template_id, int, "fromTemplateId")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        runs = decode.model_array(_models.JobRun.from_dict, d.pop("runs", decode.MISSING), "runs")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        match_options = decode.model(
            _models.TableMatchOption.from_dict, d.pop("matchOptions", decode.MISSING), "matchOptions"
        )

        table_match_job = cls.__new__(cls)
        table_match_job.id = id
        table_match_job.name = name
        table_match_job.type_ = type_
        table_match_job.from_template_id = from_template_id
        table_match_job.state = state
        table_match_job.created_at = created_at
        table_match_job.updated_at = updated_at
        table_match_job.runs = runs
        table_match_job.last_run = last_run
        table_match_job.hidden = hidden
        table_match_job.match_options = match_options

        table_match_job.additional_properties = d if d else {}
        return table_match_job

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
