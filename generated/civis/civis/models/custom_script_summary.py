from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.script_project import ScriptProject
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="CustomScriptSummary")


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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        backing_script_type = self.backing_script_type

        created_at = self.created_at

        updated_at = self.updated_at

        author = self.author.to_dict()

        state = self.state

        finished_at = self.finished_at

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        parent_id = self.parent_id

        from_template_id = self.from_template_id

        time_zone = self.time_zone

        last_run = self.last_run.to_dict()

        archived = self.archived

        last_successful_run = self.last_successful_run.to_dict()

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
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.script_project import ScriptProject  # noqa: PLC0415
        from ..models.user_simple_user import UserSimpleUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        backing_script_type = d.pop("backingScriptType")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        author = UserSimpleUser.from_dict(d.pop("author"))

        state = d.pop("state")

        finished_at = d.pop("finishedAt")

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = ScriptProject.from_dict(projects_item_data)

            projects.append(projects_item)

        parent_id = d.pop("parentId")

        from_template_id = d.pop("fromTemplateId")

        time_zone = d.pop("timeZone")

        last_run = JobRun.from_dict(d.pop("lastRun"))

        archived = d.pop("archived")

        last_successful_run = JobRun.from_dict(d.pop("lastSuccessfulRun"))

        custom_script_summary = cls(
            id=id,
            name=name,
            type_=type_,
            backing_script_type=backing_script_type,
            created_at=created_at,
            updated_at=updated_at,
            author=author,
            state=state,
            finished_at=finished_at,
            projects=projects,
            parent_id=parent_id,
            from_template_id=from_template_id,
            time_zone=time_zone,
            last_run=last_run,
            archived=archived,
            last_successful_run=last_successful_run,
        )

        custom_script_summary.additional_properties = d
        return custom_script_summary

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
