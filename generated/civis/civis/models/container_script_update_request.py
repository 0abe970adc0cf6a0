from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_script_update_request_arguments import ContainerScriptUpdateRequestArguments
    from ..models.job_notifications_create_request import JobNotificationsCreateRequest
    from ..models.job_schedule_create_request import JobScheduleCreateRequest
    from ..models.script_param_create_request import ScriptParamCreateRequest
    from ..models.script_required_resources_create_request import ScriptRequiredResourcesCreateRequest


T = TypeVar("T", bound="ContainerScriptUpdateRequest")


@_attrs_define(slots=False)
class ContainerScriptUpdateRequest(ResponseMetadata):
    """
    Attributes:
        required_resources (ScriptRequiredResourcesCreateRequest):
        docker_command (str):
        docker_image_name (str):
        name (str | Unset):
        parent_id (int | Unset):
        user_context (str | Unset):
        params (list[ScriptParamCreateRequest] | Unset):
        arguments (ContainerScriptUpdateRequestArguments | Unset):
        schedule (JobScheduleCreateRequest | Unset):
        notifications (JobNotificationsCreateRequest | Unset):
        repo_http_uri (str | Unset):
        repo_ref (str | Unset):
        remote_host_credential_id (int | Unset):
        git_credential_id (int | Unset):
        docker_image_tag (str | Unset):
        instance_type (str | Unset):
        cancel_timeout (int | Unset):
        time_zone (str | Unset):
        partition_label (str | Unset):
        target_project_id (int | Unset):
        running_as_id (int | Unset):
    """

    required_resources: ScriptRequiredResourcesCreateRequest
    docker_command: str
    docker_image_name: str
    name: str | Unset = UNSET
    parent_id: int | Unset = UNSET
    user_context: str | Unset = UNSET
    params: list[ScriptParamCreateRequest] | Unset = UNSET
    arguments: ContainerScriptUpdateRequestArguments | Unset = UNSET
    schedule: JobScheduleCreateRequest | Unset = UNSET
    notifications: JobNotificationsCreateRequest | Unset = UNSET
    repo_http_uri: str | Unset = UNSET
    repo_ref: str | Unset = UNSET
    remote_host_credential_id: int | Unset = UNSET
    git_credential_id: int | Unset = UNSET
    docker_image_tag: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    cancel_timeout: int | Unset = UNSET
    time_zone: str | Unset = UNSET
    partition_label: str | Unset = UNSET
    target_project_id: int | Unset = UNSET
    running_as_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        required_resources = jsonable(self.required_resources)

        docker_command = self.docker_command

        docker_image_name = self.docker_image_name

        name = self.name

        parent_id = self.parent_id

        user_context = self.user_context

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = jsonable(params_item_data)
                params.append(params_item)

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = jsonable(self.arguments)

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        repo_http_uri = self.repo_http_uri

        repo_ref = self.repo_ref

        remote_host_credential_id = self.remote_host_credential_id

        git_credential_id = self.git_credential_id

        docker_image_tag = self.docker_image_tag

        instance_type = self.instance_type

        cancel_timeout = self.cancel_timeout

        time_zone = self.time_zone

        partition_label = self.partition_label

        target_project_id = self.target_project_id

        running_as_id = self.running_as_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requiredResources": required_resources,
                "dockerCommand": docker_command,
                "dockerImageName": docker_image_name,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if user_context is not UNSET:
            field_dict["userContext"] = user_context
        if params is not UNSET:
            field_dict["params"] = params
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if repo_http_uri is not UNSET:
            field_dict["repoHttpUri"] = repo_http_uri
        if repo_ref is not UNSET:
            field_dict["repoRef"] = repo_ref
        if remote_host_credential_id is not UNSET:
            field_dict["remoteHostCredentialId"] = remote_host_credential_id
        if git_credential_id is not UNSET:
            field_dict["gitCredentialId"] = git_credential_id
        if docker_image_tag is not UNSET:
            field_dict["dockerImageTag"] = docker_image_tag
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if cancel_timeout is not UNSET:
            field_dict["cancelTimeout"] = cancel_timeout
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if partition_label is not UNSET:
            field_dict["partitionLabel"] = partition_label
        if target_project_id is not UNSET:
            field_dict["targetProjectId"] = target_project_id
        if running_as_id is not UNSET:
            field_dict["runningAsId"] = running_as_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        required_resources = decode.model(
            _models.ScriptRequiredResourcesCreateRequest.from_dict,
            d.pop("requiredResources", decode.MISSING),
            "requiredResources",
        )

        docker_command = d.pop("dockerCommand", decode.MISSING)
        if type(docker_command) is not str:
            docker_command = decode.expect(docker_command, str, "dockerCommand")

        docker_image_name = d.pop("dockerImageName", decode.MISSING)
        if type(docker_image_name) is not str:
            docker_image_name = decode.expect(docker_image_name, str, "dockerImageName")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, int, "parentId")

        user_context = d.pop("userContext", UNSET)
        if type(user_context) is not str and user_context is not UNSET:
            user_context = decode.expect(user_context, str, "userContext")

        params = d.pop("params", UNSET)
        if params is not UNSET:
            params = decode.model_array(_models.ScriptParamCreateRequest.from_dict, params, "params")

        arguments = d.pop("arguments", UNSET)
        if arguments is not UNSET:
            arguments = decode.model(_models.ContainerScriptUpdateRequestArguments.from_dict, arguments, "arguments")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobScheduleCreateRequest.from_dict, schedule, "schedule")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(
                _models.JobNotificationsCreateRequest.from_dict, notifications, "notifications"
            )

        repo_http_uri = d.pop("repoHttpUri", UNSET)
        if type(repo_http_uri) is not str and repo_http_uri is not UNSET:
            repo_http_uri = decode.expect(repo_http_uri, str, "repoHttpUri")

        repo_ref = d.pop("repoRef", UNSET)
        if type(repo_ref) is not str and repo_ref is not UNSET:
            repo_ref = decode.expect(repo_ref, str, "repoRef")

        remote_host_credential_id = d.pop("remoteHostCredentialId", UNSET)
        if type(remote_host_credential_id) is not int and remote_host_credential_id is not UNSET:
            remote_host_credential_id = decode.expect(remote_host_credential_id, int, "remoteHostCredentialId")

        git_credential_id = d.pop("gitCredentialId", UNSET)
        if type(git_credential_id) is not int and git_credential_id is not UNSET:
            git_credential_id = decode.expect(git_credential_id, int, "gitCredentialId")

        docker_image_tag = d.pop("dockerImageTag", UNSET)
        if type(docker_image_tag) is not str and docker_image_tag is not UNSET:
            docker_image_tag = decode.expect(docker_image_tag, str, "dockerImageTag")

        instance_type = d.pop("instanceType", UNSET)
        if type(instance_type) is not str and instance_type is not UNSET:
            instance_type = decode.expect(instance_type, str, "instanceType")

        cancel_timeout = d.pop("cancelTimeout", UNSET)
        if type(cancel_timeout) is not int and cancel_timeout is not UNSET:
            cancel_timeout = decode.expect(cancel_timeout, int, "cancelTimeout")

        time_zone = d.pop("timeZone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = decode.expect(time_zone, str, "timeZone")

        partition_label = d.pop("partitionLabel", UNSET)
        if type(partition_label) is not str and partition_label is not UNSET:
            partition_label = decode.expect(partition_label, str, "partitionLabel")

        target_project_id = d.pop("targetProjectId", UNSET)
        if type(target_project_id) is not int and target_project_id is not UNSET:
            target_project_id = decode.expect(target_project_id, int, "targetProjectId")

        running_as_id = d.pop("runningAsId", UNSET)
        if type(running_as_id) is not int and running_as_id is not UNSET:
            running_as_id = decode.expect(running_as_id, int, "runningAsId")

        container_script_update_request = cls.__new__(cls)
        container_script_update_request.required_resources = required_resources
        container_script_update_request.docker_command = docker_command
        container_script_update_request.docker_image_name = docker_image_name
        container_script_update_request.name = name
        container_script_update_request.parent_id = parent_id
        container_script_update_request.user_context = user_context
        container_script_update_request.params = params
        container_script_update_request.arguments = arguments
        container_script_update_request.schedule = schedule
        container_script_update_request.notifications = notifications
        container_script_update_request.repo_http_uri = repo_http_uri
        container_script_update_request.repo_ref = repo_ref
        container_script_update_request.remote_host_credential_id = remote_host_credential_id
        container_script_update_request.git_credential_id = git_credential_id
        container_script_update_request.docker_image_tag = docker_image_tag
        container_script_update_request.instance_type = instance_type
        container_script_update_request.cancel_timeout = cancel_timeout
        container_script_update_request.time_zone = time_zone
        container_script_update_request.partition_label = partition_label
        container_script_update_request.target_project_id = target_project_id
        container_script_update_request.running_as_id = running_as_id

        container_script_update_request.additional_properties = d if d else {}
        return container_script_update_request

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
