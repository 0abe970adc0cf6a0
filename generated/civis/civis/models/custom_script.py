from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.custom_script_arguments import CustomScriptArguments  # noqa: PLC0415
        from ..models.job_notifications import JobNotifications  # noqa: PLC0415
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.job_schedule import JobSchedule  # noqa: PLC0415
        from ..models.script_param import ScriptParam  # noqa: PLC0415
        from ..models.script_project import ScriptProject  # noqa: PLC0415
        from ..models.script_required_resources_custom import ScriptRequiredResourcesCustom  # noqa: PLC0415
        from ..models.script_simple_alias import ScriptSimpleAlias  # noqa: PLC0415
        from ..models.user_simple_user import UserSimpleUser  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        _from_template_aliases = d.pop("fromTemplateAliases", decode.MISSING)
        from_template_aliases: list[ScriptSimpleAlias]
        if isinstance(_from_template_aliases, list):
            from_template_aliases = []
            for from_template_aliases_index, from_template_aliases_item_data in enumerate(_from_template_aliases):
                with decode.at("fromTemplateAliases", from_template_aliases_index):
                    from_template_aliases_item = decode.model(
                        ScriptSimpleAlias.from_dict, from_template_aliases_item_data
                    )

                from_template_aliases.append(from_template_aliases_item)
        else:
            from_template_aliases = decode.mismatch("an array", _from_template_aliases, "fromTemplateAliases")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        type_ = decode.expect(d.pop("type", decode.MISSING), str, "type")

        backing_script_type = decode.expect(d.pop("backingScriptType", decode.MISSING), str, "backingScriptType")

        created_at = decode.expect(d.pop("createdAt", decode.MISSING), str, "createdAt")

        updated_at = decode.expect(d.pop("updatedAt", decode.MISSING), str, "updatedAt")

        author = decode.model(UserSimpleUser.from_dict, d.pop("author", decode.MISSING), "author")

        state = decode.expect(d.pop("state", decode.MISSING), str, "state")

        finished_at = decode.expect(d.pop("finishedAt", decode.MISSING), str, "finishedAt")

        category = decode.expect(d.pop("category", decode.MISSING), str, "category")

        _projects = d.pop("projects", decode.MISSING)
        projects: list[ScriptProject]
        if isinstance(_projects, list):
            projects = []
            for projects_index, projects_item_data in enumerate(_projects):
                with decode.at("projects", projects_index):
                    projects_item = decode.model(ScriptProject.from_dict, projects_item_data)

                projects.append(projects_item)
        else:
            projects = decode.mismatch("an array", _projects, "projects")

        parent_id = decode.expect(d.pop("parentId", decode.MISSING), int, "parentId")

        _params = d.pop("params", decode.MISSING)
        params: list[ScriptParam]
        if isinstance(_params, list):
            params = []
            for params_index, params_item_data in enumerate(_params):
                with decode.at("params", params_index):
                    params_item = decode.model(ScriptParam.from_dict, params_item_data)

                params.append(params_item)
        else:
            params = decode.mismatch("an array", _params, "params")

        arguments = decode.model(CustomScriptArguments.from_dict, d.pop("arguments", decode.MISSING), "arguments")

        is_template = decode.expect(d.pop("isTemplate", decode.MISSING), bool, "isTemplate")

        published_as_template_id = decode.expect(
            d.pop("publishedAsTemplateId", decode.MISSING), int, "publishedAsTemplateId"
        )

        from_template_id = decode.expect(d.pop("fromTemplateId", decode.MISSING), int, "fromTemplateId")

        ui_report_url = decode.expect(d.pop("uiReportUrl", decode.MISSING), int, "uiReportUrl")

        ui_report_id = decode.expect(d.pop("uiReportId", decode.MISSING), int, "uiReportId")

        ui_report_provide_api_key = decode.expect(
            d.pop("uiReportProvideAPIKey", decode.MISSING), bool, "uiReportProvideAPIKey"
        )

        template_script_name = decode.expect(d.pop("templateScriptName", decode.MISSING), str, "templateScriptName")

        template_note = decode.expect(d.pop("templateNote", decode.MISSING), str, "templateNote")

        remote_host_id = decode.expect(d.pop("remoteHostId", decode.MISSING), int, "remoteHostId")

        credential_id = decode.expect(d.pop("credentialId", decode.MISSING), int, "credentialId")

        code_preview = decode.expect(d.pop("codePreview", decode.MISSING), str, "codePreview")

        schedule = decode.model(JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        notifications = decode.model(
            JobNotifications.from_dict, d.pop("notifications", decode.MISSING), "notifications"
        )

        running_as = decode.model(UserSimpleUser.from_dict, d.pop("runningAs", decode.MISSING), "runningAs")

        time_zone = decode.expect(d.pop("timeZone", decode.MISSING), str, "timeZone")

        last_run = decode.model(JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        my_permission_level = decode.expect(d.pop("myPermissionLevel", decode.MISSING), str, "myPermissionLevel")

        hidden = decode.expect(d.pop("hidden", decode.MISSING), bool, "hidden")

        archived = decode.expect(d.pop("archived", decode.MISSING), str, "archived")

        target_project_id = decode.expect(d.pop("targetProjectId", decode.MISSING), int, "targetProjectId")

        last_successful_run = decode.model(
            JobRun.from_dict, d.pop("lastSuccessfulRun", decode.MISSING), "lastSuccessfulRun"
        )

        required_resources = decode.model(
            ScriptRequiredResourcesCustom.from_dict, d.pop("requiredResources", decode.MISSING), "requiredResources"
        )

        partition_label = decode.expect(d.pop("partitionLabel", decode.MISSING), str, "partitionLabel")

        running_as_id = decode.expect(d.pop("runningAsId", decode.MISSING), int, "runningAsId")

        custom_script = cls(
            id=id,
            from_template_aliases=from_template_aliases,
            name=name,
            type_=type_,
            backing_script_type=backing_script_type,
            created_at=created_at,
            updated_at=updated_at,
            author=author,
            state=state,
            finished_at=finished_at,
            category=category,
            projects=projects,
            parent_id=parent_id,
            params=params,
            arguments=arguments,
            is_template=is_template,
            published_as_template_id=published_as_template_id,
            from_template_id=from_template_id,
            ui_report_url=ui_report_url,
            ui_report_id=ui_report_id,
            ui_report_provide_api_key=ui_report_provide_api_key,
            template_script_name=template_script_name,
            template_note=template_note,
            remote_host_id=remote_host_id,
            credential_id=credential_id,
            code_preview=code_preview,
            schedule=schedule,
            notifications=notifications,
            running_as=running_as,
            time_zone=time_zone,
            last_run=last_run,
            my_permission_level=my_permission_level,
            hidden=hidden,
            archived=archived,
            target_project_id=target_project_id,
            last_successful_run=last_successful_run,
            required_resources=required_resources,
            partition_label=partition_label,
            running_as_id=running_as_id,
        )

        custom_script.additional_properties = d
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
