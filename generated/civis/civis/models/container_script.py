from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.container_script_arguments import ContainerScriptArguments
    from ..models.job_notifications import JobNotifications
    from ..models.job_run import JobRun
    from ..models.job_schedule import JobSchedule
    from ..models.script_link import ScriptLink
    from ..models.script_param import ScriptParam
    from ..models.script_project import ScriptProject
    from ..models.script_required_resources import ScriptRequiredResources
    from ..models.script_simple_alias import ScriptSimpleAlias
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="ContainerScript")


@_attrs_define(slots=False)
class ContainerScript(ResponseMetadata):
    """
    Attributes:
        id (int):
        from_template_aliases (list[ScriptSimpleAlias]):
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
        arguments (ContainerScriptArguments):
        is_template (bool):
        template_dependents_count (int):
        published_as_template_id (int):
        from_template_id (int):
        template_script_name (str):
        links (ScriptLink):
        schedule (JobSchedule): When a job runs by itself.
        notifications (JobNotifications): Who is told when a job finishes.
        running_as (UserSimpleUser):
        required_resources (ScriptRequiredResources):
        repo_http_uri (str):
        repo_ref (str):
        remote_host_credential_id (int):
        git_credential_id (int):
        docker_command (str):
        docker_image_name (str):
        docker_image_tag (str):
        instance_type (str):
        cancel_timeout (int):
        last_run (JobRun): One execution of a job.
        time_zone (str):
        partition_label (str):
        my_permission_level (str):
        hidden (bool):
        archived (str):
        target_project_id (int):
        running_as_id (int):
    """

    id: int
    from_template_aliases: list[ScriptSimpleAlias]
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
    arguments: ContainerScriptArguments
    is_template: bool
    template_dependents_count: int
    published_as_template_id: int
    from_template_id: int
    template_script_name: str
    links: ScriptLink
    schedule: JobSchedule
    notifications: JobNotifications
    running_as: UserSimpleUser
    required_resources: ScriptRequiredResources
    repo_http_uri: str
    repo_ref: str
    remote_host_credential_id: int
    git_credential_id: int
    docker_command: str
    docker_image_name: str
    docker_image_tag: str
    instance_type: str
    cancel_timeout: int
    last_run: JobRun
    time_zone: str
    partition_label: str
    my_permission_level: str
    hidden: bool
    archived: str
    target_project_id: int
    running_as_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_template_aliases = []
        for from_template_aliases_item_data in self.from_template_aliases:
            from_template_aliases_item = from_template_aliases_item_data.to_dict()
            from_template_aliases.append(from_template_aliases_item)

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

        template_dependents_count = self.template_dependents_count

        published_as_template_id = self.published_as_template_id

        from_template_id = self.from_template_id

        template_script_name = self.template_script_name

        links = self.links.to_dict()

        schedule = self.schedule.to_dict()

        notifications = self.notifications.to_dict()

        running_as = self.running_as.to_dict()

        required_resources = self.required_resources.to_dict()

        repo_http_uri = self.repo_http_uri

        repo_ref = self.repo_ref

        remote_host_credential_id = self.remote_host_credential_id

        git_credential_id = self.git_credential_id

        docker_command = self.docker_command

        docker_image_name = self.docker_image_name

        docker_image_tag = self.docker_image_tag

        instance_type = self.instance_type

        cancel_timeout = self.cancel_timeout

        last_run = self.last_run.to_dict()

        time_zone = self.time_zone

        partition_label = self.partition_label

        my_permission_level = self.my_permission_level

        hidden = self.hidden

        archived = self.archived

        target_project_id = self.target_project_id

        running_as_id = self.running_as_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fromTemplateAliases": from_template_aliases,
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
                "templateDependentsCount": template_dependents_count,
                "publishedAsTemplateId": published_as_template_id,
                "fromTemplateId": from_template_id,
                "templateScriptName": template_script_name,
                "links": links,
                "schedule": schedule,
                "notifications": notifications,
                "runningAs": running_as,
                "requiredResources": required_resources,
                "repoHttpUri": repo_http_uri,
                "repoRef": repo_ref,
                "remoteHostCredentialId": remote_host_credential_id,
                "gitCredentialId": git_credential_id,
                "dockerCommand": docker_command,
                "dockerImageName": docker_image_name,
                "dockerImageTag": docker_image_tag,
                "instanceType": instance_type,
                "cancelTimeout": cancel_timeout,
                "lastRun": last_run,
                "timeZone": time_zone,
                "partitionLabel": partition_label,
                "myPermissionLevel": my_permission_level,
                "hidden": hidden,
                "archived": archived,
                "targetProjectId": target_project_id,
                "runningAsId": running_as_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_script_arguments import ContainerScriptArguments  # noqa: PLC0415
        from ..models.job_notifications import JobNotifications  # noqa: PLC0415
        from ..models.job_run import JobRun  # noqa: PLC0415
        from ..models.job_schedule import JobSchedule  # noqa: PLC0415
        from ..models.script_link import ScriptLink  # noqa: PLC0415
        from ..models.script_param import ScriptParam  # noqa: PLC0415
        from ..models.script_project import ScriptProject  # noqa: PLC0415
        from ..models.script_required_resources import ScriptRequiredResources  # noqa: PLC0415
        from ..models.script_simple_alias import ScriptSimpleAlias  # noqa: PLC0415
        from ..models.user_simple_user import UserSimpleUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        from_template_aliases = []
        _from_template_aliases = d.pop("fromTemplateAliases")
        for from_template_aliases_item_data in _from_template_aliases:
            from_template_aliases_item = ScriptSimpleAlias.from_dict(from_template_aliases_item_data)

            from_template_aliases.append(from_template_aliases_item)

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

        arguments = ContainerScriptArguments.from_dict(d.pop("arguments"))

        is_template = d.pop("isTemplate")

        template_dependents_count = d.pop("templateDependentsCount")

        published_as_template_id = d.pop("publishedAsTemplateId")

        from_template_id = d.pop("fromTemplateId")

        template_script_name = d.pop("templateScriptName")

        links = ScriptLink.from_dict(d.pop("links"))

        schedule = JobSchedule.from_dict(d.pop("schedule"))

        notifications = JobNotifications.from_dict(d.pop("notifications"))

        running_as = UserSimpleUser.from_dict(d.pop("runningAs"))

        required_resources = ScriptRequiredResources.from_dict(d.pop("requiredResources"))

        repo_http_uri = d.pop("repoHttpUri")

        repo_ref = d.pop("repoRef")

        remote_host_credential_id = d.pop("remoteHostCredentialId")

        git_credential_id = d.pop("gitCredentialId")

        docker_command = d.pop("dockerCommand")

        docker_image_name = d.pop("dockerImageName")

        docker_image_tag = d.pop("dockerImageTag")

        instance_type = d.pop("instanceType")

        cancel_timeout = d.pop("cancelTimeout")

        last_run = JobRun.from_dict(d.pop("lastRun"))

        time_zone = d.pop("timeZone")

        partition_label = d.pop("partitionLabel")

        my_permission_level = d.pop("myPermissionLevel")

        hidden = d.pop("hidden")

        archived = d.pop("archived")

        target_project_id = d.pop("targetProjectId")

        running_as_id = d.pop("runningAsId")

        container_script = cls(
            id=id,
            from_template_aliases=from_template_aliases,
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
            template_dependents_count=template_dependents_count,
            published_as_template_id=published_as_template_id,
            from_template_id=from_template_id,
            template_script_name=template_script_name,
            links=links,
            schedule=schedule,
            notifications=notifications,
            running_as=running_as,
            required_resources=required_resources,
            repo_http_uri=repo_http_uri,
            repo_ref=repo_ref,
            remote_host_credential_id=remote_host_credential_id,
            git_credential_id=git_credential_id,
            docker_command=docker_command,
            docker_image_name=docker_image_name,
            docker_image_tag=docker_image_tag,
            instance_type=instance_type,
            cancel_timeout=cancel_timeout,
            last_run=last_run,
            time_zone=time_zone,
            partition_label=partition_label,
            my_permission_level=my_permission_level,
            hidden=hidden,
            archived=archived,
            target_project_id=target_project_id,
            running_as_id=running_as_id,
        )

        container_script.additional_properties = d
        return container_script

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
