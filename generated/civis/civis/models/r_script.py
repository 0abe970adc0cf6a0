from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        created_at = self.created_at

        updated_at = self.updated_at

        author = self.author.to_dict()

        state = self.state

        finished_at = self.finished_at

        category = self.category

        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        parent_id = self.parent_id

        user_context = self.user_context

        params = []
        for params_item_data in self.params:
            params_item = params_item_data.to_dict()
            params.append(params_item)

        arguments = self.arguments.to_dict()

        is_template = self.is_template

        published_as_template_id = self.published_as_template_id

        from_template_id = self.from_template_id

        template_dependents_count = self.template_dependents_count

        template_script_name = self.template_script_name

        links = self.links.to_dict()

        schedule = self.schedule.to_dict()

        notifications = self.notifications.to_dict()

        running_as = self.running_as.to_dict()

        next_run_at = self.next_run_at

        time_zone = self.time_zone

        last_run = self.last_run.to_dict()

        my_permission_level = self.my_permission_level

        hidden = self.hidden

        target_project_id = self.target_project_id

        archived = self.archived

        required_resources = self.required_resources.to_dict()

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
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        author = UserSimpleUser.from_dict(d.pop("author"))

        state = d.pop("state")

        finished_at = d.pop("finishedAt")

        category = d.pop("category")

        projects = []
        _projects = d.pop("projects")
        for projects_item_data in _projects:
            projects_item = ScriptProject.from_dict(projects_item_data)

            projects.append(projects_item)

        parent_id = d.pop("parentId")

        user_context = d.pop("userContext")

        params = []
        _params = d.pop("params")
        for params_item_data in _params:
            params_item = ScriptParam.from_dict(params_item_data)

            params.append(params_item)

        arguments = RScriptArguments.from_dict(d.pop("arguments"))

        is_template = d.pop("isTemplate")

        published_as_template_id = d.pop("publishedAsTemplateId")

        from_template_id = d.pop("fromTemplateId")

        template_dependents_count = d.pop("templateDependentsCount")

        template_script_name = d.pop("templateScriptName")

        links = ScriptLink.from_dict(d.pop("links"))

        schedule = JobSchedule.from_dict(d.pop("schedule"))

        notifications = JobNotifications.from_dict(d.pop("notifications"))

        running_as = UserSimpleUser.from_dict(d.pop("runningAs"))

        next_run_at = d.pop("nextRunAt")

        time_zone = d.pop("timeZone")

        last_run = JobRun.from_dict(d.pop("lastRun"))

        my_permission_level = d.pop("myPermissionLevel")

        hidden = d.pop("hidden")

        target_project_id = d.pop("targetProjectId")

        archived = d.pop("archived")

        required_resources = ScriptRequiredResources.from_dict(d.pop("requiredResources"))

        instance_type = d.pop("instanceType")

        cancel_timeout = d.pop("cancelTimeout")

        docker_image_tag = d.pop("dockerImageTag")

        partition_label = d.pop("partitionLabel")

        running_as_id = d.pop("runningAsId")

        source = d.pop("source")

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
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
