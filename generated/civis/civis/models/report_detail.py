from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.report_detail_app_state import ReportDetailAppState
    from ..models.report_project import ReportProject
    from ..models.script_simple_script import ScriptSimpleScript
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="ReportDetail")


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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user = self.user.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        type_ = self.type_

        description = self.description

        my_permission_level = self.my_permission_level

        archived = self.archived

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        state = self.state

        finished_at = self.finished_at

        viz_updated_at = self.viz_updated_at

        script = self.script.to_dict()

        job_path = self.job_path

        tableau_id = self.tableau_id

        template_id = self.template_id

        auth_thumbnail_url = self.auth_thumbnail_url

        last_run = self.last_run.to_dict()

        hidden = self.hidden

        auth_data_url = self.auth_data_url

        auth_code_url = self.auth_code_url

        config = self.config

        valid_output_file = self.valid_output_file

        provide_api_key = self.provide_api_key

        api_key = self.api_key

        api_key_id = self.api_key_id

        app_state = self.app_state.to_dict()

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
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.report_detail_app_state import ReportDetailAppState  # noqa: PLC0415
        from ..models.report_project import ReportProject  # noqa: PLC0415
        from ..models.script_simple_script import ScriptSimpleScript  # noqa: PLC0415
        from ..models.user_simple_user import UserSimpleUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        user = UserSimpleUser.from_dict(d.pop("user"))

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        type_ = d.pop("type")

        description = d.pop("description")

        my_permission_level = d.pop("myPermissionLevel")

        archived = d.pop("archived")

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = ReportProject.from_dict(projects_item_data)

            projects.append(projects_item)

        state = d.pop("state")

        finished_at = d.pop("finishedAt")

        viz_updated_at = d.pop("vizUpdatedAt")

        script = ScriptSimpleScript.from_dict(d.pop("script"))

        job_path = d.pop("jobPath")

        tableau_id = d.pop("tableauId")

        template_id = d.pop("templateId")

        auth_thumbnail_url = d.pop("authThumbnailUrl")

        last_run = JobRun.from_dict(d.pop("lastRun"))

        hidden = d.pop("hidden")

        auth_data_url = d.pop("authDataUrl")

        auth_code_url = d.pop("authCodeUrl")

        config = d.pop("config")

        valid_output_file = d.pop("validOutputFile")

        provide_api_key = d.pop("provideAPIKey")

        api_key = d.pop("apiKey")

        api_key_id = d.pop("apiKeyId")

        app_state = ReportDetailAppState.from_dict(d.pop("appState"))

        use_viewers_tableau_username = d.pop("useViewersTableauUsername")

        report_detail = cls(
            id=id,
            name=name,
            user=user,
            created_at=created_at,
            updated_at=updated_at,
            type_=type_,
            description=description,
            my_permission_level=my_permission_level,
            archived=archived,
            projects=projects,
            state=state,
            finished_at=finished_at,
            viz_updated_at=viz_updated_at,
            script=script,
            job_path=job_path,
            tableau_id=tableau_id,
            template_id=template_id,
            auth_thumbnail_url=auth_thumbnail_url,
            last_run=last_run,
            hidden=hidden,
            auth_data_url=auth_data_url,
            auth_code_url=auth_code_url,
            config=config,
            valid_output_file=valid_output_file,
            provide_api_key=provide_api_key,
            api_key=api_key,
            api_key_id=api_key_id,
            app_state=app_state,
            use_viewers_tableau_username=use_viewers_tableau_username,
        )

        report_detail.additional_properties = d
        return report_detail

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
