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
    from ..models.custom_script_arguments import CustomScriptArguments
    from ..models.job_notifications import JobNotifications
    from ..models.job_run import JobRun
    from ..models.job_schedule import JobSchedule
    from ..models.script_param import ScriptParam
    from ..models.script_project import ScriptProject
    from ..models.script_required_resources_custom import ScriptRequiredResourcesCustom
    from ..models.script_simple_alias import ScriptSimpleAlias
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="CustomScript")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class CustomScript(ResponseMetadata):
    """
    Attributes:
        id (int):
        from_template_aliases (list[ScriptSimpleAlias]):
        name (str):
        type_ (str):
        backing_script_type (str):
        created_at (str):
        updated_at (str):
        author (UserSimpleUser):
        state (str):
        finished_at (str):
        category (str):
        projects (list[ScriptProject]):
        parent_id (int):
        params (list[ScriptParam]):
        arguments (CustomScriptArguments):
        is_template (bool):
        published_as_template_id (int):
        from_template_id (int):
        ui_report_url (int):
        ui_report_id (int):
        ui_report_provide_api_key (bool):
        template_script_name (str):
        template_note (str):
        remote_host_id (int):
        credential_id (int):
        code_preview (str):
        schedule (JobSchedule): When a job runs by itself.
        notifications (JobNotifications): Who is told when a job finishes.
        running_as (UserSimpleUser):
        time_zone (str):
        last_run (JobRun): One execution of a job.
        my_permission_level (str):
        hidden (bool):
        archived (str):
        target_project_id (int):
        last_successful_run (JobRun): One execution of a job.
        required_resources (ScriptRequiredResourcesCustom):
        partition_label (str):
        running_as_id (int):
    """

    id: int
    from_template_aliases: list[ScriptSimpleAlias]
    name: str
    type_: str
    backing_script_type: str
    created_at: str
    updated_at: str
    author: UserSimpleUser
    state: str
    finished_at: str
    category: str
    projects: list[ScriptProject]
    parent_id: int
    params: list[ScriptParam]
    arguments: CustomScriptArguments
    is_template: bool
    published_as_template_id: int
    from_template_id: int
    ui_report_url: int
    ui_report_id: int
    ui_report_provide_api_key: bool
    template_script_name: str
    template_note: str
    remote_host_id: int
    credential_id: int
    code_preview: str
    schedule: JobSchedule
    notifications: JobNotifications
    running_as: UserSimpleUser
    time_zone: str
    last_run: JobRun
    my_permission_level: str
    hidden: bool
    archived: str
    target_project_id: int
    last_successful_run: JobRun
    required_resources: ScriptRequiredResourcesCustom
    partition_label: str
    running_as_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_template_aliases = []
        for from_template_aliases_item_data in self.from_template_aliases:
            from_template_aliases_item = jsonable(from_template_aliases_item_data)
            from_template_aliases.append(from_template_aliases_item)

        name = self.name

        type_ = self.type_

        backing_script_type = self.backing_script_type

        created_at = self.created_at

        updated_at = self.updated_at

        author = jsonable(self.author)

        state = self.state

        finished_at = self.finished_at

        category = self.category

        projects = []
        for projects_item_data in self.projects:
            projects_item = jsonable(projects_item_data)
            projects.append(projects_item)

        parent_id = self.parent_id

        params = []
        for params_item_data in self.params:
            params_item = jsonable(params_item_data)
            params.append(params_item)

        arguments = jsonable(self.arguments)

        is_template = self.is_template

        published_as_template_id = self.published_as_template_id

        from_template_id = self.from_template_id

        ui_report_url = self.ui_report_url

        ui_report_id = self.ui_report_id

        ui_report_provide_api_key = self.ui_report_provide_api_key

        template_script_name = self.template_script_name

        template_note = self.template_note

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        code_preview = self.code_preview

        schedule = jsonable(self.schedule)

        notifications = jsonable(self.notifications)

        running_as = jsonable(self.running_as)

        time_zone = self.time_zone

        last_run = jsonable(self.last_run)

        my_permission_level = self.my_permission_level

        hidden = self.hidden

        archived = self.archived

        target_project_id = self.target_project_id

        last_successful_run = jsonable(self.last_successful_run)

        required_resources = jsonable(self.required_resources)

        partition_label = self.partition_label

        running_as_id = self.running_as_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fromTemplateAliases": from_template_aliases,
                "name": name,
                "type": type_,
                "backingScriptType": backing_script_type,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "author": author,
                "state": state,
                "finishedAt": finished_at,
                "category": category,
                "projects": projects,
                "parentId": parent_id,
                "params": params,
                "arguments": arguments,
                "isTemplate": is_template,
                "publishedAsTemplateId": published_as_template_id,
                "fromTemplateId": from_template_id,
                "uiReportUrl": ui_report_url,
                "uiReportId": ui_report_id,
                "uiReportProvideAPIKey": ui_report_provide_api_key,
                "templateScriptName": template_script_name,
                "templateNote": template_note,
                "remoteHostId": remote_host_id,
                "credentialId": credential_id,
                "codePreview": code_preview,
                "schedule": schedule,
                "notifications": notifications,
                "runningAs": running_as,
                "timeZone": time_zone,
                "lastRun": last_run,
                "myPermissionLevel": my_permission_level,
                "hidden": hidden,
                "archived": archived,
                "targetProjectId": target_project_id,
                "lastSuccessfulRun": last_successful_run,
                "requiredResources": required_resources,
                "partitionLabel": partition_label,
                "runningAsId": running_as_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        from_template_aliases = decode.model_array(
            _models.ScriptSimpleAlias.from_dict, d.pop("fromTemplateAliases", decode.MISSING), "fromTemplateAliases"
        )

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

        category = d.pop("category", decode.MISSING)
        if type(category) is not str:
            category = decode.expect(category, str, "category")

        projects = decode.model_array(_models.ScriptProject.from_dict, d.pop("projects", decode.MISSING), "projects")

        parent_id = d.pop("parentId", decode.MISSING)
        if type(parent_id) is not int:
            parent_id = decode.expect(parent_id, int, "parentId")

        params = decode.model_array(_models.ScriptParam.from_dict, d.pop("params", decode.MISSING), "params")

        arguments = decode.model(
            _models.CustomScriptArguments.from_dict, d.pop("arguments", decode.MISSING), "arguments"
        )

        is_template = d.pop("isTemplate", decode.MISSING)
        if type(is_template) is not bool:
            is_template = decode.expect(is_template, bool, "isTemplate")

        published_as_template_id = d.pop("publishedAsTemplateId", decode.MISSING)
        if type(published_as_template_id) is not int:
            published_as_template_id = decode.expect(published_as_template_id, int, "publishedAsTemplateId")

        from_template_id = d.pop("fromTemplateId", decode.MISSING)
        if type(from_template_id) is not int:
            from_template_id = decode.expect(from_template_id, int, "fromTemplateId")

        ui_report_url = d.pop("uiReportUrl", decode.MISSING)
        if type(ui_report_url) is not int:
            ui_report_url = decode.expect(ui_report_url, int, "uiReportUrl")

        ui_report_id = d.pop("uiReportId", decode.MISSING)
        if type(ui_report_id) is not int:
            ui_report_id = decode.expect(ui_report_id, int, "uiReportId")

        ui_report_provide_api_key = d.pop("uiReportProvideAPIKey", decode.MISSING)
        if type(ui_report_provide_api_key) is not bool:
            ui_report_provide_api_key = decode.expect(ui_report_provide_api_key, bool, "uiReportProvideAPIKey")

        template_script_name = d.pop("templateScriptName", decode.MISSING)
        if type(template_script_name) is not str:
            template_script_name = decode.expect(template_script_name, str, "templateScriptName")

        template_note = d.pop("templateNote", decode.MISSING)
        if type(template_note) is not str:
            template_note = decode.expect(template_note, str, "templateNote")

        remote_host_id = d.pop("remoteHostId", decode.MISSING)
        if type(remote_host_id) is not int:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        credential_id = d.pop("credentialId", decode.MISSING)
        if type(credential_id) is not int:
            credential_id = decode.expect(credential_id, int, "credentialId")

        code_preview = d.pop("codePreview", decode.MISSING)
        if type(code_preview) is not str:
            code_preview = decode.expect(code_preview, str, "codePreview")

        schedule = decode.model(_models.JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        notifications = decode.model(
            _models.JobNotifications.from_dict, d.pop("notifications", decode.MISSING), "notifications"
        )

        running_as = decode.model(_models.UserSimpleUser.from_dict, d.pop("runningAs", decode.MISSING), "runningAs")

        time_zone = d.pop("timeZone", decode.MISSING)
        if type(time_zone) is not str:
            time_zone = decode.expect(time_zone, str, "timeZone")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        target_project_id = d.pop("targetProjectId", decode.MISSING)
        if type(target_project_id) is not int:
            target_project_id = decode.expect(target_project_id, int, "targetProjectId")

        last_successful_run = decode.model(
            _models.JobRun.from_dict, d.pop("lastSuccessfulRun", decode.MISSING), "lastSuccessfulRun"
        )

        required_resources = decode.model(
            _models.ScriptRequiredResourcesCustom.from_dict,
            d.pop("requiredResources", decode.MISSING),
            "requiredResources",
        )

        partition_label = d.pop("partitionLabel", decode.MISSING)
        if type(partition_label) is not str:
            partition_label = decode.expect(partition_label, str, "partitionLabel")

        running_as_id = d.pop("runningAsId", decode.MISSING)
        if type(running_as_id) is not int:
            running_as_id = decode.expect(running_as_id, int, "runningAsId")

        custom_script = cls.__new__(cls)
        custom_script.id = id
        custom_script.from_template_aliases = from_template_aliases
        custom_script.name = name
        custom_script.type_ = type_
        custom_script.backing_script_type = backing_script_type
        custom_script.created_at = created_at
        custom_script.updated_at = updated_at
        custom_script.author = author
        custom_script.state = state
        custom_script.finished_at = finished_at
        custom_script.category = category
        custom_script.projects = projects
        custom_script.parent_id = parent_id
        custom_script.params = params
        custom_script.arguments = arguments
        custom_script.is_template = is_template
        custom_script.published_as_template_id = published_as_template_id
        custom_script.from_template_id = from_template_id
        custom_script.ui_report_url = ui_report_url
        custom_script.ui_report_id = ui_report_id
        custom_script.ui_report_provide_api_key = ui_report_provide_api_key
        custom_script.template_script_name = template_script_name
        custom_script.template_note = template_note
        custom_script.remote_host_id = remote_host_id
        custom_script.credential_id = credential_id
        custom_script.code_preview = code_preview
        custom_script.schedule = schedule
        custom_script.notifications = notifications
        custom_script.running_as = running_as
        custom_script.time_zone = time_zone
        custom_script.last_run = last_run
        custom_script.my_permission_level = my_permission_level
        custom_script.hidden = hidden
        custom_script.archived = archived
        custom_script.target_project_id = target_project_id
        custom_script.last_successful_run = last_successful_run
        custom_script.required_resources = required_resources
        custom_script.partition_label = partition_label
        custom_script.running_as_id = running_as_id

        custom_script.additional_properties = d if d else {}
        return custom_script

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
