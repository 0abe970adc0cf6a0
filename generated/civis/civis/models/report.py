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
    from ..models.report_app_state import ReportAppState
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="Report")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class Report(ResponseMetadata):
    """An HTML or Tableau report.

    Attributes:
        id (int):
        name (str):
        user (UserSimple): Short reference to a user.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        type_ (str):
        description (None | str):
        my_permission_level (str):
        archived (str):
        projects (list[ProjectRef]):
        state (str):
        finished_at (datetime.datetime | None):
        viz_updated_at (datetime.datetime | None):
        job_path (None | str):
        template_id (int | None):
        last_run (JobRun): One execution of a job.
        hidden (bool):
        auth_data_url (None | str):
        auth_code_url (None | str):
        config (None | str):
        app_state (ReportAppState):
    """

    id: int
    name: str
    user: UserSimple
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type_: str
    description: None | str
    my_permission_level: str
    archived: str
    projects: list[ProjectRef]
    state: str
    finished_at: datetime.datetime | None
    viz_updated_at: datetime.datetime | None
    job_path: None | str
    template_id: int | None
    last_run: JobRun
    hidden: bool
    auth_data_url: None | str
    auth_code_url: None | str
    config: None | str
    app_state: ReportAppState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user = jsonable(self.user)

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        type_ = self.type_

        description: None | str
        description = self.description

        my_permission_level = self.my_permission_level

        archived = self.archived

        projects = []
        for projects_item_data in self.projects:
            projects_item = jsonable(projects_item_data)
            projects.append(projects_item)

        state = self.state

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = rfc3339(self.finished_at)
        else:
            finished_at = self.finished_at

        viz_updated_at: None | str
        if isinstance(self.viz_updated_at, datetime.datetime):
            viz_updated_at = rfc3339(self.viz_updated_at)
        else:
            viz_updated_at = self.viz_updated_at

        job_path: None | str
        job_path = self.job_path

        template_id: int | None
        template_id = self.template_id

        last_run = jsonable(self.last_run)

        hidden = self.hidden

        auth_data_url: None | str
        auth_data_url = self.auth_data_url

        auth_code_url: None | str
        auth_code_url = self.auth_code_url

        config: None | str
        config = self.config

        app_state = jsonable(self.app_state)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "user": user,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "type": type_,
                "description": description,
                "myPermissionLevel": my_permission_level,
                "archived": archived,
                "projects": projects,
                "state": state,
                "finishedAt": finished_at,
                "vizUpdatedAt": viz_updated_at,
                "jobPath": job_path,
                "templateId": template_id,
                "lastRun": last_run,
                "hidden": hidden,
                "authDataUrl": auth_data_url,
                "authCodeUrl": auth_code_url,
                "config": config,
                "appState": app_state,
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

        user = decode.model(_models.UserSimple.from_dict, d.pop("user", decode.MISSING), "user")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        description = d.pop("description", decode.MISSING)
        if description is not None and type(description) is not str:
            description = decode.expect(description, str, "description", "one of None | str")

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        projects = decode.model_array(_models.ProjectRef.from_dict, d.pop("projects", decode.MISSING), "projects")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if finished_at is not None:
            finished_at = decode.date_time(finished_at, "finishedAt", expected="one of datetime.datetime | None")

        viz_updated_at = d.pop("vizUpdatedAt", decode.MISSING)
        if viz_updated_at is not None:
            viz_updated_at = decode.date_time(
                viz_updated_at, "vizUpdatedAt", expected="one of datetime.datetime | None"
            )

        job_path = d.pop("jobPath", decode.MISSING)
        if job_path is not None and type(job_path) is not str:
            job_path = decode.expect(job_path, str, "jobPath", "one of None | str")

        template_id = d.pop("templateId", decode.MISSING)
        if template_id is not None and type(template_id) is not int:
            template_id = decode.expect(template_id, int, "templateId", "one of int | None")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        auth_data_url = d.pop("authDataUrl", decode.MISSING)
        if auth_data_url is not None and type(auth_data_url) is not str:
            auth_data_url = decode.expect(auth_data_url, str, "authDataUrl", "one of None | str")

        auth_code_url = d.pop("authCodeUrl", decode.MISSING)
        if auth_code_url is not None and type(auth_code_url) is not str:
            auth_code_url = decode.expect(auth_code_url, str, "authCodeUrl", "one of None | str")

        config = d.pop("config", decode.MISSING)
        if config is not None and type(config) is not str:
            config = decode.expect(config, str, "config", "one of None | str")

        app_state = decode.model(_models.ReportAppState.from_dict, d.pop("appState", decode.MISSING), "appState")

        report = cls.__new__(cls)
        report.id = id
        report.name = name
        report.user = user
        report.created_at = created_at
        report.updated_at = updated_at
        report.type_ = type_
        report.description = description
        report.my_permission_level = my_permission_level
        report.archived = archived
        report.projects = projects
        report.state = state
        report.finished_at = finished_at
        report.viz_updated_at = viz_updated_at
        report.job_path = job_path
        report.template_id = template_id
        report.last_run = last_run
        report.hidden = hidden
        report.auth_data_url = auth_data_url
        report.auth_code_url = auth_code_url
        report.config = config
        report.app_state = app_state

        report.additional_properties = d if d else {}
        return report

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
