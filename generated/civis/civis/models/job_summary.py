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
    from ..models.job_schedule import JobSchedule
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="JobSummary")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class JobSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        type_ (str):
        from_template_id (int | None):
        state (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        last_run (JobRun): One execution of a job.
        archived (str):
        author (UserSimple): Short reference to a user.
        schedule (JobSchedule): When a job runs by itself.
    """

    id: int
    name: str
    type_: str
    from_template_id: int | None
    state: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    last_run: JobRun
    archived: str
    author: UserSimple
    schedule: JobSchedule
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        from_template_id: int | None
        from_template_id = self.from_template_id

        state = self.state

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        last_run = jsonable(self.last_run)

        archived = self.archived

        author = jsonable(self.author)

        schedule = jsonable(self.schedule)

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
                "lastRun": last_run,
                "archived": archived,
                "author": author,
                "schedule": schedule,
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
        if from_template_id is not None and type(from_template_id) is not int:
            from_template_id = decode.expect(from_template_id, int, "fromTemplateId", "one of int | None")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        author = decode.model(_models.UserSimple.from_dict, d.pop("author", decode.MISSING), "author")

        schedule = decode.model(_models.JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        job_summary = cls.__new__(cls)
        job_summary.id = id
        job_summary.name = name
        job_summary.type_ = type_
        job_summary.from_template_id = from_template_id
        job_summary.state = state
        job_summary.created_at = created_at
        job_summary.updated_at = updated_at
        job_summary.last_run = last_run
        job_summary.archived = archived
        job_summary.author = author
        job_summary.schedule = schedule

        job_summary.additional_properties = d if d else {}
        return job_summary

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
