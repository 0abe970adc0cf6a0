from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.script_project import ScriptProject
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="CustomScriptSummary")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class CustomScriptSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        type_ (str):
        backing_script_type (str):
        created_at (str):
        updated_at (str):
        author (UserSimpleUser):
        state (str):
        finished_at (str):
        projects (list[ScriptProject]):
        parent_id (int):
        from_template_id (int):
        time_zone (str):
        last_run (JobRun): One execution of a job.
        archived (str):
        last_successful_run (JobRun): One execution of a job.
    """

    id: int
    name: str
    type_: str
    backing_script_type: str
    created_at: str
    updated_at: str
    author: UserSimpleUser
    state: str
    finished_at: str
    projects: list[ScriptProject]
    parent_id: int
    from_template_id: int
    time_zone: str
    last_run: JobRun
    archived: str
    last_successful_run: JobRun
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        backing_script_type = self.backing_script_type

        created_at = self.created_at

        updated_at = self.updated_at

        author = jsonable(self.author)

        state = self.state

        finished_at = self.finished_at

        projects = []
        for projects_item_data in self.projects:
            projects_item = jsonable(projects_item_data)
            projects.append(projects_item)

        parent_id = self.parent_id

        from_template_id = self.from_template_id

        time_zone = self.time_zone

        last_run = jsonable(self.last_run)

        archived = self.archived

        last_successful_run = jsonable(self.last_successful_run)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "backingScriptType": backing_script_type,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "author": author,
                "state": state,
                "finishedAt": finished_at,
                "projects": projects,
                "parentId": parent_id,
                "fromTemplateId": from_template_id,
                "timeZone": time_zone,
                "lastRun": last_run,
                "archived": archived,
                "lastSuccessfulRun": last_successful_run,
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

        backing_script_type = d.pop("backingScriptType", decode.MISSING)
        if type(backing_script_type) is not str:
            backing_script_type = decode.expect(backing_script_type, str, "backingScriptType")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        author = decode.model(_models.UserSimpleUser.from_dict, d.pop("author", decode.MISSING), "author")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if type(finished_at) is not str:
            finished_at = decode.expect(finished_at, str, "finishedAt")

        projects = decode.model_array(_models.ScriptProject.from_dict, d.pop("projects", decode.MISSING), "projects")

        parent_id = d.pop("parentId", decode.MISSING)
        if type(parent_id) is not int:
            parent_id = decode.expect(parent_id, int, "parentId")

        from_template_id = d.pop("fromTemplateId", decode.MISSING)
        if type(from_template_id) is not int:
            from_template_id = decode.expect(from_template_id, int, "fromTemplateId")

        time_zone = d.pop("timeZone", decode.MISSING)
        if type(time_zone) is not str:
            time_zone = decode.expect(time_zone, str, "timeZone")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        last_successful_run = decode.model(
            _models.JobRun.from_dict, d.pop("lastSuccessfulRun", decode.MISSING), "lastSuccessfulRun"
        )

        custom_script_summary = cls.__new__(cls)
        custom_script_summary.id = id
        custom_script_summary.name = name
        custom_script_summary.type_ = type_
        custom_script_summary.backing_script_type = backing_script_type
        custom_script_summary.created_at = created_at
        custom_script_summary.updated_at = updated_at
        custom_script_summary.author = author
        custom_script_summary.state = state
        custom_script_summary.finished_at = finished_at
        custom_script_summary.projects = projects
        custom_script_summary.parent_id = parent_id
        custom_script_summary.from_template_id = from_template_id
        custom_script_summary.time_zone = time_zone
        custom_script_summary.last_run = last_run
        custom_script_summary.archived = archived
        custom_script_summary.last_successful_run = last_successful_run

        custom_script_summary.additional_properties = d if d else {}
        return custom_script_summary

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
