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
    from ..models.job_notifications_create_request import JobNotificationsCreateRequest
    from ..models.job_schedule_create_request import JobScheduleCreateRequest
    from ..models.python_script_create_request_arguments import PythonScriptCreateRequestArguments
    from ..models.script_param_create_request import ScriptParamCreateRequest
    from ..models.script_required_resources_create_request import ScriptRequiredResourcesCreateRequest


T = TypeVar("T", bound="PythonScriptCreateRequest")


@_attrs_define(slots=False)
class PythonScriptCreateRequest(ResponseMetadata):
    """
    Attributes:
        name (str):
        source (str):
        parent_id (int | Unset):
        user_context (str | Unset):
        params (list[ScriptParamCreateRequest] | Unset):
        arguments (PythonScriptCreateRequestArguments | Unset):
        schedule (JobScheduleCreateRequest | Unset):
        notifications (JobNotificationsCreateRequest | Unset):
        next_run_at (str | Unset):
        time_zone (str | Unset):
        hidden (bool | Unset):
        target_project_id (int | Unset):
        required_resources (ScriptRequiredResourcesCreateRequest | Unset):
        instance_type (str | Unset):
        cancel_timeout (int | Unset):
        docker_image_tag (str | Unset):
        partition_label (str | Unset):
        running_as_id (int | Unset):
    """

    name: str
    source: str
    parent_id: int | Unset = UNSET
    user_context: str | Unset = UNSET
    params: list[ScriptParamCreateRequest] | Unset = UNSET
    arguments: PythonScriptCreateRequestArguments | Unset = UNSET
    schedule: JobScheduleCreateRequest | Unset = UNSET
    notifications: JobNotificationsCreateRequest | Unset = UNSET
    next_run_at: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    target_project_id: int | Unset = UNSET
    required_resources: ScriptRequiredResourcesCreateRequest | Unset = UNSET
    instance_type: str | Unset = UNSET
    cancel_timeout: int | Unset = UNSET
    docker_image_tag: str | Unset = UNSET
    partition_label: str | Unset = UNSET
    running_as_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

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

        next_run_at = self.next_run_at

        time_zone = self.time_zone

        hidden = self.hidden

        target_project_id = self.target_project_id

        required_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_resources, Unset):
            required_resources = jsonable(self.required_resources)

        instance_type = self.instance_type

        cancel_timeout = self.cancel_timeout

        docker_image_tag = self.docker_image_tag

        partition_label = self.partition_label

        running_as_id = self.running_as_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
            }
        )
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
        if next_run_at is not UNSET:
            field_dict["nextRunAt"] = next_run_at
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if target_project_id is not UNSET:
            field_dict["targetProjectId"] = target_project_id
        if required_resources is not UNSET:
            field_dict["requiredResources"] = required_resources
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if cancel_timeout is not UNSET:
            field_dict["cancelTimeout"] = cancel_timeout
        if docker_image_tag is not UNSET:
            field_dict["dockerImageTag"] = docker_image_tag
        if partition_label is not UNSET:
            field_dict["partitionLabel"] = partition_label
        if running_as_id is not UNSET:
            field_dict["runningAsId"] = running_as_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        source = d.pop("source", decode.MISSING)
        if type(source) is not str:
            source = decode.expect(source, str, "source")

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
            arguments = decode.model(_models.PythonScriptCreateRequestArguments.from_dict, arguments, "arguments")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobScheduleCreateRequest.from_dict, schedule, "schedule")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(
                _models.JobNotificationsCreateRequest.from_dict, notifications, "notifications"
            )

        next_run_at = d.pop("nextRunAt", UNSET)
        if type(next_run_at) is not str and next_run_at is not UNSET:
            next_run_at = decode.expect(next_run_at, str, "nextRunAt")

        time_zone = d.pop("timeZone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = decode.expect(time_zone, str, "timeZone")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        target_project_id = d.pop("targetProjectId", UNSET)
        if type(target_project_id) is not int and target_project_id is not UNSET:
            target_project_id = decode.expect(target_project_id, int, "targetProjectId")

        required_resources = d.pop("requiredResources", UNSET)
        if required_resources is not UNSET:
            required_resources = decode.model(
                _models.ScriptRequiredResourcesCreateRequest.from_dict, required_resources, "requiredResources"
            )

        instance_type = d.pop("instanceType", UNSET)
        if type(instance_type) is not str and instance_type is not UNSET:
            instance_type = decode.expect(instance_type, str, "instanceType")

        cancel_timeout = d.pop("cancelTimeout", UNSET)
        if type(cancel_timeout) is not int and cancel_timeout is not UNSET:
            cancel_timeout = decode.expect(cancel_timeout, int, "cancelTimeout")

        docker_image_tag = d.pop("dockerImageTag", UNSET)
        if type(docker_image_tag) is not str and docker_image_tag is not UNSET:
            docker_image_tag = decode.expect(docker_image_tag, str, "dockerImageTag")

        partition_label = d.pop("partitionLabel", UNSET)
        if type(partition_label) is not str and partition_label is not UNSET:
            partition_label = decode.expect(partition_label, str, "partitionLabel")

        running_as_id = d.pop("runningAsId", UNSET)
        if type(running_as_id) is not int and running_as_id is not UNSET:
            running_as_id = decode.expect(running_as_id, int, "runningAsId")

        python_script_create_request = cls.__new__(cls)
        python_script_create_request.name = name
        python_script_create_request.source = source
        python_script_create_request.parent_id = parent_id
        python_script_create_request.user_context = user_context
        python_script_create_request.params = params
        python_script_create_request.arguments = arguments
        python_script_create_request.schedule = schedule
        python_script_create_request.notifications = notifications
        python_script_create_request.next_run_at = next_run_at
        python_script_create_request.time_zone = time_zone
        python_script_create_request.hidden = hidden
        python_script_create_request.target_project_id = target_project_id
        python_script_create_request.required_resources = required_resources
        python_script_create_request.instance_type = instance_type
        python_script_create_request.cancel_timeout = cancel_timeout
        python_script_create_request.docker_image_tag = docker_image_tag
        python_script_create_request.partition_label = partition_label
        python_script_create_request.running_as_id = running_as_id

        python_script_create_request.additional_properties = d if d else {}
        return python_script_create_request

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
