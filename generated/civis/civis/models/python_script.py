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
    from ..models.job_notifications import JobNotifications
    from ..models.job_run import JobRun
    from ..models.job_schedule import JobSchedule
    from ..models.python_script_arguments import PythonScriptArguments
    from ..models.script_link import ScriptLink
    from ..models.script_param import ScriptParam
    from ..models.script_project import ScriptProject
    from ..models.script_required_resources import ScriptRequiredResources
    from ..models.user_simple_user import UserSimpleUser


T = TypeVar("T", bound="PythonScript")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class PythonScript(ResponseMetadata):
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
        arguments (PythonScriptArguments):
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
    arguments: PythonScriptArguments
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
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

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
            _models.PythonScriptArguments.from_dict, d.pop("arguments", decode.MISSING), "arguments"
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

        template_dependents_count = d.pop("templateDependentsCount", decode.MISSING)
        if type(template_dependents_count) is not int:
            template_dependents_count = decode.expect(template_dependents_count, int, "templateDependentsCount")

        template_script_name = d.pop("templateScriptName", decode.MISSING)
        if type(template_script_name) is not str:
            template_script_name = decode.expect(template_script_name, str, "templateScriptName")

        links = decode.model(_models.ScriptLink.from_dict, d.pop("links", decode.MISSING), "links")

        schedule = decode.model(_models.JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        notifications = decode.model(
            _models.JobNotifications.from_dict, d.pop("notifications", decode.MISSING), "notifications"
        )

        running_as = decode.model(_models.UserSimpleUser.from_dict, d.pop("runningAs", decode.MISSING), "runningAs")

        next_run_at = d.pop("nextRunAt", decode.MISSING)
        if type(next_run_at) is not str:
            next_run_at = decode.expect(next_run_at, str, "nextRunAt")

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

        target_project_id = d.pop("targetProjectId", decode.MISSING)
        if type(target_project_id) is not int:
            target_project_id = decode.expect(target_project_id, int, "targetProjectId")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        required_resources = decode.model(
            _models.ScriptRequiredResources.from_dict, d.pop("requiredResources", decode.MISSING), "requiredResources"
        )

        instance_type = d.pop("instanceType", decode.MISSING)
        if type(instance_type) is not str:
            instance_type = decode.expect(instance_type, str, "instanceType")

        cancel_timeout = d.pop("cancelTimeout", decode.MISSING)
        if type(cancel_timeout) is not int:
            cancel_timeout = decode.expect(cancel_timeout, int, "cancelTimeout")

        docker_image_tag = d.pop("dockerImageTag", decode.MISSING)
        if type(docker_image_tag) is not str:
            docker_image_tag = decode.expect(docker_image_tag, str, "dockerImageTag")

        partition_label = d.pop("partitionLabel", decode.MISSING)
        if type(partition_label) is not str:
            partition_label = decode.expect(partition_label, str, "partitionLabel")

        running_as_id = d.pop("runningAsId", decode.MISSING)
        if type(running_as_id) is not int:
            running_as_id = decode.expect(running_as_id, int, "runningAsId")

        source = d.pop("source", decode.MISSING)
        if type(source) is not str:
            source = decode.expect(source, str, "source")

        python_script = cls.__new__(cls)
        python_script.id = id
        python_script.name = name
        python_script.type_ = type_
        python_script.created_at = created_at
        python_script.updated_at = updated_at
        python_script.author = author
        python_script.state = state
        python_script.finished_at = finished_at
        python_script.category = category
        python_script.projects = projects
        python_script.parent_id = parent_id
        python_script.user_context = user_context
        python_script.params = params
        python_script.arguments = arguments
        python_script.is_template = is_template
        python_script.published_as_template_id = published_as_template_id
        python_script.from_template_id = from_template_id
        python_script.template_dependents_count = template_dependents_count
        python_script.template_script_name = template_script_name
        python_script.links = links
        python_script.schedule = schedule
        python_script.notifications = notifications
        python_script.running_as = running_as
        python_script.next_run_at = next_run_at
        python_script.time_zone = time_zone
        python_script.last_run = last_run
        python_script.my_permission_level = my_permission_level
        python_script.hidden = hidden
        python_script.target_project_id = target_project_id
        python_script.archived = archived
        python_script.required_resources = required_resources
        python_script.instance_type = instance_type
        python_script.cancel_timeout = cancel_timeout
        python_script.docker_image_tag = docker_image_tag
        python_script.partition_label = partition_label
        python_script.running_as_id = running_as_id
        python_script.source = source

        python_script.additional_properties = d if d else {}
        return python_script

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
