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


@plain_names({"type": "type_"})
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

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_template_aliases = []
        for from_template_aliases_item_data in self.from_template_aliases:
            from_template_aliases_item = jsonable(from_template_aliases_item_data)
            from_template_aliases.append(from_template_aliases_item)

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

        template_dependents_count = self.template_dependents_count

        published_as_template_id = self.published_as_template_id

        from_template_id = self.from_template_id

        template_script_name = self.template_script_name

        links = jsonable(self.links)

        schedule = jsonable(self.schedule)

        notifications = jsonable(self.notifications)

        running_as = jsonable(self.running_as)

        required_resources = jsonable(self.required_resources)

        repo_http_uri = self.repo_http_uri

        repo_ref = self.repo_ref

        remote_host_credential_id = self.remote_host_credential_id

        git_credential_id = self.git_credential_id

        docker_command = self.docker_command

        docker_image_name = self.docker_image_name

        docker_image_tag = self.docker_image_tag

        instance_type = self.instance_type

        cancel_timeout = self.cancel_timeout

        last_run = jsonable(self.last_run)

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

        user_context = d.pop("userContext", decode.MISSING)
        if type(user_context) is not str:
            user_context = decode.expect(user_context, str, "userContext")

        params = decode.model_array(_models.ScriptParam.from_dict, d.pop("params", decode.MISSING), "params")

        arguments = decode.model(
            _models.ContainerScriptArguments.from_dict, d.pop("arguments", decode.MISSING), "arguments"
        )

        is_template = d.pop("isTemplate", decode.MISSING)
        if type(is_template) is not bool:
            is_template = decode.expect(is_template, bool, "isTemplate")

        template_dependents_count = d.pop("templateDependentsCount", decode.MISSING)
        if type(template_dependents_count) is not int:
            template_dependents_count = decode.expect(template_dependents_count, int, "templateDependentsCount")

        published_as_template_id = d.pop("publishedAsTemplateId", decode.MISSING)
        if type(published_as_template_id) is not int:
            published_as_template_id = decode.expect(published_as_template_id, int, "publishedAsTemplateId")

        from_template_id = d.pop("fromTemplateId", decode.MISSING)
        if type(from_template_id) is not int:
            from_template_id = decode.expect(from_template_id, int, "fromTemplateId")

        template_script_name = d.pop("templateScriptName", decode.MISSING)
        if type(template_script_name) is not str:
            template_script_name = decode.expect(template_script_name, str, "templateScriptName")

        links = decode.model(_models.ScriptLink.from_dict, d.pop("links", decode.MISSING), "links")

        schedule = decode.model(_models.JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        notifications = decode.model(
            _models.JobNotifications.from_dict, d.pop("notifications", decode.MISSING), "notifications"
        )

        running_as = decode.model(_models.UserSimpleUser.from_dict, d.pop("runningAs", decode.MISSING), "runningAs")

        required_resources = decode.model(
            _models.ScriptRequiredResources.from_dict, d.pop("requiredResources", decode.MISSING), "requiredResources"
        )

        repo_http_uri = d.pop("repoHttpUri", decode.MISSING)
        if type(repo_http_uri) is not str:
            repo_http_uri = decode.expect(repo_http_uri, str, "repoHttpUri")

        repo_ref = d.pop("repoRef", decode.MISSING)
        if type(repo_ref) is not str:
            repo_ref = decode.expect(repo_ref, str, "repoRef")

        remote_host_credential_id = d.pop("remoteHostCredentialId", decode.MISSING)
        if type(remote_host_credential_id) is not int:
            remote_host_credential_id = decode.expect(remote_host_credential_id, int, "remoteHostCredentialId")

        git_credential_id = d.pop("gitCredentialId", decode.MISSING)
        if type(git_credential_id) is not int:
            git_credential_id = decode.expect(git_credential_id, int, "gitCredentialId")

        docker_command = d.pop("dockerCommand", decode.MISSING)
        if type(docker_command) is not str:
            docker_command = decode.expect(docker_command, str, "dockerCommand")

        docker_image_name = d.pop("dockerImageName", decode.MISSING)
        if type(docker_image_name) is not str:
            docker_image_name = decode.expect(docker_image_name, str, "dockerImageName")

        docker_image_tag = d.pop("dockerImageTag", decode.MISSING)
        if type(docker_image_tag) is not str:
            docker_image_tag = decode.expect(docker_image_tag, str, "dockerImageTag")

        instance_type = d.pop("instanceType", decode.MISSING)
        if type(instance_type) is not str:
            instance_type = decode.expect(instance_type, str, "instanceType")

        cancel_timeout = d.pop("cancelTimeout", decode.MISSING)
        if type(cancel_timeout) is not int:
            cancel_timeout = decode.expect(cancel_timeout, int, "cancelTimeout")

        last_run = decode.model(_models.JobRun.from_dict, d.pop("lastRun", decode.MISSING), "lastRun")

        time_zone = d.pop("timeZone", decode.MISSING)
        if type(time_zone) is not str:
            time_zone = decode.expect(time_zone, str, "timeZone")

        partition_label = d.pop("partitionLabel", decode.MISSING)
        if type(partition_label) is not str:
            partition_label = decode.expect(partition_label, str, "partitionLabel")

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

        running_as_id = d.pop("runningAsId", decode.MISSING)
        if type(running_as_id) is not int:
            running_as_id = decode.expect(running_as_id, int, "runningAsId")

        container_script = cls.__new__(cls)
        container_script.id = id
        container_script.from_template_aliases = from_template_aliases
        container_script.name = name
        container_script.type_ = type_
        container_script.created_at = created_at
        container_script.updated_at = updated_at
        container_script.author = author
        container_script.state = state
        container_script.finished_at = finished_at
        container_script.category = category
        container_script.projects = projects
        container_script.parent_id = parent_id
        container_script.user_context = user_context
        container_script.params = params
        container_script.arguments = arguments
        container_script.is_template = is_template
        container_script.template_dependents_count = template_dependents_count
        container_script.published_as_template_id = published_as_template_id
        container_script.from_template_id = from_template_id
        container_script.template_script_name = template_script_name
        container_script.links = links
        container_script.schedule = schedule
        container_script.notifications = notifications
        container_script.running_as = running_as
        container_script.required_resources = required_resources
        container_script.repo_http_uri = repo_http_uri
        container_script.repo_ref = repo_ref
        container_script.remote_host_credential_id = remote_host_credential_id
        container_script.git_credential_id = git_credential_id
        container_script.docker_command = docker_command
        container_script.docker_image_name = docker_image_name
        container_script.docker_image_tag = docker_image_tag
        container_script.instance_type = instance_type
        container_script.cancel_timeout = cancel_timeout
        container_script.last_run = last_run
        container_script.time_zone = time_zone
        container_script.partition_label = partition_label
        container_script.my_permission_level = my_permission_level
        container_script.hidden = hidden
        container_script.archived = archived
        container_script.target_project_id = target_project_id
        container_script.running_as_id = running_as_id

        container_script.additional_properties = d if d else {}
        return container_script

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
