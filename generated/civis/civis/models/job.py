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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.job_schedule import JobSchedule
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="Job")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class Job(ResponseMetadata):
    """Any runnable object (script, import, export, model, ...).

    Attributes:
        id (int):
        name (str):
        type_ (str):
        from_template_id (int | None):
        state (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        runs (list[JobRun]):
        last_run (JobRun): One execution of a job.
        hidden (bool):
        archived (str):
        author (UserSimple): Short reference to a user.
        my_permission_level (str):
        schedule (JobSchedule): When a job runs by itself.
        success_email_subject (str | Unset):
        success_email_body (str | Unset):
        running_as_user (str | Unset):
        run_by_user (str | Unset):
    """

    id: int
    name: str
    type_: str
    from_template_id: int | None
    state: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    runs: list[JobRun]
    last_run: JobRun
    hidden: bool
    archived: str
    author: UserSimple
    my_permission_level: str
    schedule: JobSchedule
    success_email_subject: str | Unset = UNSET
    success_email_body: str | Unset = UNSET
    running_as_user: str | Unset = UNSET
    run_by_user: str | Unset = UNSET
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

        runs = []
        for runs_item_data in self.runs:
            runs_item = jsonable(runs_item_data)
            runs.append(runs_item)

        last_run = jsonable(self.last_run)

        hidden = self.hidden

        archived = self.archived

        author = jsonable(self.author)

        my_permission_level = self.my_permission_level

        schedule = jsonable(self.schedule)

        success_email_subject = self.success_email_subject

        success_email_body = self.success_email_body

        running_as_user = self.running_as_user

        run_by_user = self.run_by_user

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
                "archived": archived,
                "author": author,
                "myPermissionLevel": my_permission_level,
                "schedule": schedule,
            }
        )
        if success_email_subject is not UNSET:
            field_dict["successEmailSubject"] = success_email_subject
        if success_email_body is not UNSET:
            field_dict["successEmailBody"] = success_email_body
        if running_as_user is not UNSET:
            field_dict["runningAsUser"] = running_as_user
        if run_by_user is not UNSET:
            field_dict["runByUser"] = run_by_user

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

        runs = decode.model_array(_models.JobRun.from_dict, d.pop("runs", decode.MISSING), "runs")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        author = decode.model(_models.UserSimple.from_dict, d.pop("author", decode.MISSING), "author")

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        schedule = decode.model(_models.JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        success_email_subject = d.pop("successEmailSubject", UNSET)
        if type(success_email_subject) is not str and success_email_subject is not UNSET:
            success_email_subject = decode.expect(success_email_subject, str, "successEmailSubject")

        success_email_body = d.pop("successEmailBody", UNSET)
        if type(success_email_body) is not str and success_email_body is not UNSET:
            success_email_body = decode.expect(success_email_body, str, "successEmailBody")

        running_as_user = d.pop("runningAsUser", UNSET)
        if type(running_as_user) is not str and running_as_user is not UNSET:
            running_as_user = decode.expect(running_as_user, str, "runningAsUser")

        run_by_user = d.pop("runByUser", UNSET)
        if type(run_by_user) is not str and run_by_user is not UNSET:
            run_by_user = decode.expect(run_by_user, str, "runByUser")

        job = cls.__new__(cls)
        job.id = id
        job.name = name
        job.type_ = type_
        job.from_template_id = from_template_id
        job.state = state
        job.created_at = created_at
        job.updated_at = updated_at
        job.runs = runs
        job.last_run = last_run
        job.hidden = hidden
        job.archived = archived
        job.author = author
        job.my_permission_level = my_permission_level
        job.schedule = schedule
        job.success_email_subject = success_email_subject
        job.success_email_body = success_email_body
        job.running_as_user = running_as_user
        job.run_by_user = run_by_user

        job.additional_properties = d if d else {}
        return job

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
