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
    from ..models.job_notifications import JobNotifications
    from ..models.job_run import JobRun
    from ..models.job_schedule import JobSchedule
    from ..models.r_script_arguments import RScriptArguments
    from ..models.script_link import ScriptLink
    from ..models.script_param import ScriptParam
    from ..models.script_project import ScriptProject
    from ..models.script_required_resources import ScriptRequiredResources
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="RScript")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class RScript(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        type_ (str):
        created_at (str):
        updated_at (str):
        author (UserSimpleUser):
        state (str):
        finished_at (str):
        category (str):
        projects (list[ScriptProject]):
        parent_id (int):
        user_context (str):
        params (list[ScriptParam]):
        arguments (RScriptArguments):
        is_template (bool):
        published_as_template_id (int):
        from_template_id (int):
        template_dependents_count (int):
        template_script_name (str):
        links (ScriptLink):
        schedule (JobSchedule): When a job runs by itself.
        notifications (JobNotifications): Who is told when a job finishes.
        running_as (UserSimpleUser):
        next_run_at (str):
        time_zone (str):
        last_run (JobRun): One execution of a job.
        my_permission_level (str):
        hidden (bool):
        target_project_id (int):
        archived (str):
        required_resources (ScriptRequiredResources):
        instance_type (str):
        cancel_timeout (int):
        docker_image_tag (str):
        partition_label (str):
        running_as_id (int):
        source (str):
    """

    id: int
    name: str
    type_: str
    created_at: str
    updated_at: str
    author: UserSimpleUser
    state: str
    finished_at: str
    category: str
    projects: list[ScriptProject]
    parent_id: int
    user_context: str
    params: list[ScriptParam]
    arguments: RScriptArguments
    is_template: bool
    published_as_template_id: int
    from_template_id: int
    template_dependents_count: int
    template_script_name: str
    links: ScriptLink
    schedule: JobSchedule
    notifications: JobNotifications
    running_as: UserSimpleUser
    next_run_at: str
    time_zone: str
    last_run: JobRun
    my_permission_level: str
    hidden: bool
    target_project_id: int
    archived: str
    required_resources: ScriptRequiredResources
    instance_type: str
    cancel_timeout: int
    docker_image_tag: str
    partition_label: str
    running_as_id: int
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

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

        user_context = self.user_context

        params = []
        for params_item_data in self.params:
            params_item = jsonable(params_item_data)
            params.append(params_item)

        arguments = jsonable(self.arguments)

        is_template = self.is_template

        published_as_template_id = self.published_as_template_id

        from_template_id = self.from_template_id

        template_dependents_count = self.template_dependents_count

        template_script_name = self.template_script_name

        links = jsonable(self.links)

        schedule = jsonable(self.schedule)

        notifications = jsonable(self.notifications)

        running_as = jsonable(self.running_as)

        next_run_at = self.next_run_at

        time_zone = self.time_zone

        last_run = jsonable(self.last_run)

        my_permission_level = self.my_permission_level

        hidden = self.hidden

        target_project_id = self.target_project_id

        archived = self.archived

        required_resources = jsonable(self.required_resources)

        instance_type = self.instance_type

        cancel_timeout = self.cancel_timeout

        docker_image_tag = self.docker_image_tag

        partition_label = self.partition_label

        running_as_id = self.running_as_id

        source = self.source

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
                "category": category,
                "projects": projects,
                "parentId": parent_id,
                "userContext": user_context,
                "params": params,
                "arguments": arguments,
                "isTemplate": is_template,
                "publishedAsTemplateId": published_as_template_id,
                "fromTemplateId": from_template_id,
                "templateDependentsCount": template_dependents_count,
                "templateScriptName": template_script_name,
                "links": links,
                "schedule": schedule,
                "notifications": notifications,
                "runningAs": running_as,
                "nextRunAt": next_run_at,
                "timeZone": time_zone,
                "lastRun": last_run,
                "myPermissionLevel": my_permission_level,
                "hidden": hidden,
                "targetProjectId": target_project_id,
                "archived": archived,
                "requiredResources": required_resources,
                "instanceType": instance_type,
                "cancelTimeout": cancel_timeout,
                "dockerImageTag": docker_image_tag,
                "partitionLabel": partition_label,
                "runningAsId": running_as_id,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_notifications import JobNotifications  # noqa: PLC0415
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.job_schedule import JobSchedule  # noqa: PLC0415
        from ..models.r_script_arguments import RScriptArguments  # noqa: PLC0415
        from ..models.script_link import ScriptLink  # noqa: PLC0415
        from ..models.script_param import ScriptParam  # noqa: PLC0415
        from ..models.script_project import ScriptProject  # noqa: PLC0415
        from ..models.script_required_resources import ScriptRequiredResources  # noqa: PLC0415
        from ..models.user_simple_user import UserSimpleUser  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        type_ = decode.expect(d.pop("type", decode.MISSING), str, "type")

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

        user_context = decode.expect(d.pop("userContext", decode.MISSING), str, "userContext")

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

        arguments = decode.model(RScriptArguments.from_dict, d.pop("arguments", decode.MISSING), "arguments")

        is_template = decode.expect(d.pop("isTemplate", decode.MISSING), bool, "isTemplate")

        published_as_template_id = decode.expect(
            d.pop("publishedAsTemplateId", decode.MISSING), int, "publishedAsTemplateId"
        )

        from_template_id = decode.expect(d.pop("fromTemplateId", decode.MISSING), int, "fromTemplateId")

        template_dependents_count = decode.expect(
            d.pop("templateDependentsCount", decode.MISSING), int, "templateDependentsCount"
        )

        template_script_name = decode.expect(d.pop("templateScriptName", decode.MISSING), str, "templateScriptName")

        links = decode.model(ScriptLink.from_dict, d.pop("links", decode.MISSING), "links")

        schedule = decode.model(JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        notifications = decode.model(
            JobNotifications.from_dict, d.pop("notifications", decode.MISSING), "notifications"
        )

        running_as = decode.model(UserSimpleUser.from_dict, d.pop("runningAs", decode.MISSING), "runningAs")

        next_run_at = decode.expect(d.pop("nextRunAt", decode.MISSING), str, "nextRunAt")

        time_zone = decode.expect(d.pop("timeZone", decode.MISSING), str, "timeZone")

        last_run = decode.model(JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        my_permission_level = decode.expect(d.pop("myPermissionLevel", decode.MISSING), str, "myPermissionLevel")

        hidden = decode.expect(d.pop("hidden", decode.MISSING), bool, "hidden")

        target_project_id = decode.expect(d.pop("targetProjectId", decode.MISSING), int, "targetProjectId")

        archived = decode.expect(d.pop("archived", decode.MISSING), str, "archived")

        required_resources = decode.model(
            ScriptRequiredResources.from_dict, d.pop("requiredResources", decode.MISSING), "requiredResources"
        )

        instance_type = decode.expect(d.pop("instanceType", decode.MISSING), str, "instanceType")

        cancel_timeout = decode.expect(d.pop("cancelTimeout", decode.MISSING), int, "cancelTimeout")

        docker_image_tag = decode.expect(d.pop("dockerImageTag", decode.MISSING), str, "dockerImageTag")

        partition_label = decode.expect(d.pop("partitionLabel", decode.MISSING), str, "partitionLabel")

        running_as_id = decode.expect(d.pop("runningAsId", decode.MISSING), int, "runningAsId")

        source = decode.expect(d.pop("source", decode.MISSING), str, "source")

        r_script = cls(
            id=id,
            name=name,
            type_=type_,
            created_at=created_at,
            updated_at=updated_at,
            author=author,
            state=state,
            finished_at=finished_at,
            category=category,
            projects=projects,
            parent_id=parent_id,
            user_context=user_context,
            params=params,
            arguments=arguments,
            is_template=is_template,
            published_as_template_id=published_as_template_id,
            from_template_id=from_template_id,
            template_dependents_count=template_dependents_count,
            template_script_name=template_script_name,
            links=links,
            schedule=schedule,
            notifications=notifications,
            running_as=running_as,
            next_run_at=next_run_at,
            time_zone=time_zone,
            last_run=last_run,
            my_permission_level=my_permission_level,
            hidden=hidden,
            target_project_id=target_project_id,
            archived=archived,
            required_resources=required_resources,
            instance_type=instance_type,
            cancel_timeout=cancel_timeout,
            docker_image_tag=docker_image_tag,
            partition_label=partition_label,
            running_as_id=running_as_id,
            source=source,
        )

        r_script.additional_properties = d
        return r_script

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
