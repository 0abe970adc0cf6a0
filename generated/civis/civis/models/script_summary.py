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
    from ..models.project_ref import ProjectRef
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="ScriptSummary")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class ScriptSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        type_ (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        author (UserSimple): Short reference to a user.
        state (str):
        finished_at (datetime.datetime | None):
        projects (list[ProjectRef]):
        parent_id (int | None):
        is_template (bool):
        from_template_id (int | None):
        time_zone (str):
        last_run (JobRun): One execution of a job.
        archived (str):
    """

    id: int
    name: str
    type_: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    author: UserSimple
    state: str
    finished_at: datetime.datetime | None
    projects: list[ProjectRef]
    parent_id: int | None
    is_template: bool
    from_template_id: int | None
    time_zone: str
    last_run: JobRun
    archived: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        author = jsonable(self.author)

        state = self.state

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = rfc3339(self.finished_at)
        else:
            finished_at = self.finished_at

        projects = []
        for projects_item_data in self.projects:
            projects_item = jsonable(projects_item_data)
            projects.append(projects_item)

        parent_id: int | None
        parent_id = self.parent_id

        is_template = self.is_template

        from_template_id: int | None
        from_template_id = self.from_template_id

        time_zone = self.time_zone

        last_run = jsonable(self.last_run)

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "author": author,
                "state": state,
                "finishedAt": finished_at,
                "projects": projects,
                "parentId": parent_id,
                "isTemplate": is_template,
                "fromTemplateId": from_template_id,
                "timeZone": time_zone,
                "lastRun": last_run,
                "archived": archived,
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

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        author = decode.model(_models.UserSimple.from_dict, d.pop("author", decode.MISSING), "author")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if finished_at is not None:
            finished_at = decode.date_time(finished_at, "finishedAt", expected="one of datetime.datetime | None")

        projects = decode.model_array(_models.ProjectRef.from_dict, d.pop("projects", decode.MISSING), "projects")

        parent_id = d.pop("parentId", decode.MISSING)
        if parent_id is not None and type(parent_id) is not int:
            parent_id = decode.expect(parent_id, int, "parentId", "one of int | None")

        is_template = d.pop("isTemplate", decode.MISSING)
        if type(is_template) is not bool:
            is_template = decode.expect(is_template, bool, "isTemplate")

        from_template_id = d.pop("fromTemplateId", decode.MISSING)
        if from_template_id is not None and type(from_template_id) is not int:
            from_template_id = decode.expect(from_template_id, int, "fromTemplateId", "one of int | None")

        time_zone = d.pop("timeZone", decode.MISSING)
        if type(time_zone) is not str:
            time_zone = decode.expect(time_zone, str, "timeZone")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        script_summary = cls.__new__(cls)
        script_summary.id = id
        script_summary.name = name
        script_summary.type_ = type_
        script_summary.created_at = created_at
        script_summary.updated_at = updated_at
        script_summary.author = author
        script_summary.state = state
        script_summary.finished_at = finished_at
        script_summary.projects = projects
        script_summary.parent_id = parent_id
        script_summary.is_template = is_template
        script_summary.from_template_id = from_template_id
        script_summary.time_zone = time_zone
        script_summary.last_run = last_run
        script_summary.archived = archived

        script_summary.additional_properties = d if d else {}
        return script_summary

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
