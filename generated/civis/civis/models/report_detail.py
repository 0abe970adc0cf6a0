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
    from ..models.report_detail_app_state import ReportDetailAppState
    from ..models.report_project import ReportProject
    from ..models.script_simple_script import ScriptSimpleScript
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="ReportDetail")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class ReportDetail(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        user (UserSimpleUser):
        created_at (str):
        updated_at (str):
        type_ (str):
        description (str):
        my_permission_level (str):
        archived (str):
        projects (list[ReportProject]):
        state (str):
        finished_at (str):
        viz_updated_at (str):
        script (ScriptSimpleScript):
        job_path (str):
        tableau_id (int):
        template_id (int):
        auth_thumbnail_url (str):
        last_run (JobRun): One execution of a job.
        hidden (bool):
        auth_data_url (str):
        auth_code_url (str):
        config (str):
        valid_output_file (bool):
        provide_api_key (bool):
        api_key (str):
        api_key_id (int):
        app_state (ReportDetailAppState):
        use_viewers_tableau_username (bool):
    """

    id: int
    name: str
    user: UserSimpleUser
    created_at: str
    updated_at: str
    type_: str
    description: str
    my_permission_level: str
    archived: str
    projects: list[ReportProject]
    state: str
    finished_at: str
    viz_updated_at: str
    script: ScriptSimpleScript
    job_path: str
    tableau_id: int
    template_id: int
    auth_thumbnail_url: str
    last_run: JobRun
    hidden: bool
    auth_data_url: str
    auth_code_url: str
    config: str
    valid_output_file: bool
    provide_api_key: bool
    api_key: str
    api_key_id: int
    app_state: ReportDetailAppState
    use_viewers_tableau_username: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user = jsonable(self.user)

        created_at = self.created_at

        updated_at = self.updated_at

        type_ = self.type_

        description = self.description

        my_permission_level = self.my_permission_level

        archived = self.archived

        projects = []
        for projects_item_data in self.projects:
            projects_item = jsonable(projects_item_data)
            projects.append(projects_item)

        state = self.state

        finished_at = self.finished_at

        viz_updated_at = self.viz_updated_at

        script = jsonable(self.script)

        job_path = self.job_path

        tableau_id = self.tableau_id

        template_id = self.template_id

        auth_thumbnail_url = self.auth_thumbnail_url

        last_run = jsonable(self.last_run)

        hidden = self.hidden

        auth_data_url = self.auth_data_url

        auth_code_url = self.auth_code_url

        config = self.config

        valid_output_file = self.valid_output_file

        provide_api_key = self.provide_api_key

        api_key = self.api_key

        api_key_id = self.api_key_id

        app_state = jsonable(self.app_state)

        use_viewers_tableau_username = self.use_viewers_tableau_username

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
                "script": script,
                "jobPath": job_path,
                "tableauId": tableau_id,
                "templateId": template_id,
                "authThumbnailUrl": auth_thumbnail_url,
                "lastRun": last_run,
                "hidden": hidden,
                "authDataUrl": auth_data_url,
                "authCodeUrl": auth_code_url,
                "config": config,
                "validOutputFile": valid_output_file,
                "provideAPIKey": provide_api_key,
                "apiKey": api_key,
                "apiKeyId": api_key_id,
                "appState": app_state,
                "useViewersTableauUsername": use_viewers_tableau_username,
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

        user = decode.model(_models.UserSimpleUser.from_dict, d.pop("user", decode.MISSING), "user")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        description = d.pop("description", decode.MISSING)
        if type(description) is not str:
            description = decode.expect(description, str, "description")

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        projects = decode.model_array(_models.ReportProject.from_dict, d.pop("projects", decode.MISSING), "projects")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if type(finished_at) is not str:
            finished_at = decode.expect(finished_at, str, "finishedAt")

        viz_updated_at = d.pop("vizUpdatedAt", decode.MISSING)
        if type(viz_updated_at) is not str:
            viz_updated_at = decode.expect(viz_updated_at, str, "vizUpdatedAt")

        script = decode.model(_models.ScriptSimpleScript.from_dict, d.pop("script", decode.MISSING), "script")

        job_path = d.pop("jobPath", decode.MISSING)
        if type(job_path) is not str:
            job_path = decode.expect(job_path, str, "jobPath")

        tableau_id = d.pop("tableauId", decode.MISSING)
        if type(tableau_id) is not int:
            tableau_id = decode.expect(tableau_id, int, "tableauId")

        template_id = d.pop("templateId", decode.MISSING)
        if type(template_id) is not int:
            template_id = decode.expect(template_id, int, "templateId")

        auth_thumbnail_url = d.pop("authThumbnailUrl", decode.MISSING)
        if type(auth_thumbnail_url) is not str:
            auth_thumbnail_url = decode.expect(auth_thumbnail_url, str, "authThumbnailUrl")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        auth_data_url = d.pop("authDataUrl", decode.MISSING)
        if type(auth_data_url) is not str:
            auth_data_url = decode.expect(auth_data_url, str, "authDataUrl")

        auth_code_url = d.pop("authCodeUrl", decode.MISSING)
        if type(auth_code_url) is not str:
            auth_code_url = decode.expect(auth_code_url, str, "authCodeUrl")

        config = d.pop("config", decode.MISSING)
        if type(config) is not str:
            config = decode.expect(config, str, "config")

        valid_output_file = d.pop("validOutputFile", decode.MISSING)
        if type(valid_output_file) is not bool:
            valid_output_file = decode.expect(valid_output_file, bool, "validOutputFile")

        provide_api_key = d.pop("provideAPIKey", decode.MISSING)
        if type(provide_api_key) is not bool:
            provide_api_key = decode.expect(provide_api_key, bool, "provideAPIKey")

        api_key = d.pop("apiKey", decode.MISSING)
        if type(api_key) is not str:
            api_key = decode.expect(api_key, str, "apiKey")

        api_key_id = d.pop("apiKeyId", decode.MISSING)
        if type(api_key_id) is not int:
            api_key_id = decode.expect(api_key_id, int, "apiKeyId")

        app_state = decode.model(_models.ReportDetailAppState.from_dict, d.pop("appState", decode.MISSING), "appState")

        use_viewers_tableau_username = d.pop("useViewersTableauUsername", decode.MISSING)
        if type(use_viewers_tableau_username) is not bool:
            use_viewers_tableau_username = decode.expect(
                use_viewers_tableau_username, bool, "useViewersTableauUsername"
            )

        report_detail = cls.__new__(cls)
        report_detail.id = id
        report_detail.name = name
        report_detail.user = user
        report_detail.created_at = created_at
        report_detail.updated_at = updated_at
        report_detail.type_ = type_
        report_detail.description = description
        report_detail.my_permission_level = my_permission_level
        report_detail.archived = archived
        report_detail.projects = projects
        report_detail.state = state
        report_detail.finished_at = finished_at
        report_detail.viz_updated_at = viz_updated_at
        report_detail.script = script
        report_detail.job_path = job_path
        report_detail.tableau_id = tableau_id
        report_detail.template_id = template_id
        report_detail.auth_thumbnail_url = auth_thumbnail_url
        report_detail.last_run = last_run
        report_detail.hidden = hidden
        report_detail.auth_data_url = auth_data_url
        report_detail.auth_code_url = auth_code_url
        report_detail.config = config
        report_detail.valid_output_file = valid_output_file
        report_detail.provide_api_key = provide_api_key
        report_detail.api_key = api_key
        report_detail.api_key_id = api_key_id
        report_detail.app_state = app_state
        report_detail.use_viewers_tableau_username = use_viewers_tableau_username

        report_detail.additional_properties = d if d else {}
        return report_detail

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
