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
    from ..models.custom_script_create_request_arguments import CustomScriptCreateRequestArguments
    from ..models.job_notifications_create_request import JobNotificationsCreateRequest
    from ..models.job_schedule_create_request import JobScheduleCreateRequest
    from ..models.script_required_resources_custom_create_request import ScriptRequiredResourcesCustomCreateRequest


T = TypeVar("T", bound="CustomScriptCreateRequest")


@_attrs_define(slots=False)
class CustomScriptCreateRequest(ResponseMetadata):
    """
    Attributes:
        from_template_id (int):
        name (str | Unset):
        parent_id (int | Unset):
        arguments (CustomScriptCreateRequestArguments | Unset):
        remote_host_id (int | Unset):
        credential_id (int | Unset):
        schedule (JobScheduleCreateRequest | Unset):
        notifications (JobNotificationsCreateRequest | Unset):
        time_zone (str | Unset):
        hidden (bool | Unset):
        target_project_id (int | Unset):
        required_resources (ScriptRequiredResourcesCustomCreateRequest | Unset):
        partition_label (str | Unset):
        running_as_id (int | Unset):
    """

    from_template_id: int
    name: str | Unset = UNSET
    parent_id: int | Unset = UNSET
    arguments: CustomScriptCreateRequestArguments | Unset = UNSET
    remote_host_id: int | Unset = UNSET
    credential_id: int | Unset = UNSET
    schedule: JobScheduleCreateRequest | Unset = UNSET
    notifications: JobNotificationsCreateRequest | Unset = UNSET
    time_zone: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    target_project_id: int | Unset = UNSET
    required_resources: ScriptRequiredResourcesCustomCreateRequest | Unset = UNSET
    partition_label: str | Unset = UNSET
    running_as_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        from_template_id = self.from_template_id

        name = self.name

        parent_id = self.parent_id

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = jsonable(self.arguments)

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        time_zone = self.time_zone

        hidden = self.hidden

        target_project_id = self.target_project_id

        required_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_resources, Unset):
            required_resources = jsonable(self.required_resources)

        partition_label = self.partition_label

        running_as_id = self.running_as_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromTemplateId": from_template_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if remote_host_id is not UNSET:
            field_dict["remoteHostId"] = remote_host_id
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if target_project_id is not UNSET:
            field_dict["targetProjectId"] = target_project_id
        if required_resources is not UNSET:
            field_dict["requiredResources"] = required_resources
        if partition_label is not UNSET:
            field_dict["partitionLabel"] = partition_label
        if running_as_id is not UNSET:
            field_dict["runningAsId"] = running_as_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_template_id = d.pop("fromTemplateId", decode.MISSING)
        if type(from_template_id) is not int:
            from_template_id = decode.expect(from_template_id, int, "fromTemplateId")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        parent_id = d.pop("parentId", UNSET)
        if type(parent_id) is not int and parent_id is not UNSET:
            parent_id = decode.expect(parent_id, int, "parentId")

        arguments = d.pop("arguments", UNSET)
        if arguments is not UNSET:
            arguments = decode.model(_models.CustomScriptCreateRequestArguments.from_dict, arguments, "arguments")

        remote_host_id = d.pop("remoteHostId", UNSET)
        if type(remote_host_id) is not int and remote_host_id is not UNSET:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        credential_id = d.pop("credentialId", UNSET)
        if type(credential_id) is not int and credential_id is not UNSET:
            credential_id = decode.expect(credential_id, int, "credentialId")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobScheduleCreateRequest.from_dict, schedule, "schedule")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(
                _models.JobNotificationsCreateRequest.from_dict, notifications, "notifications"
            )

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
                _models.ScriptRequiredResourcesCustomCreateRequest.from_dict, required_resources, "requiredResources"
            )

        partition_label = d.pop("partitionLabel", UNSET)
        if type(partition_label) is not str and partition_label is not UNSET:
            partition_label = decode.expect(partition_label, str, "partitionLabel")

        running_as_id = d.pop("runningAsId", UNSET)
        if type(running_as_id) is not int and running_as_id is not UNSET:
            running_as_id = decode.expect(running_as_id, int, "runningAsId")

        custom_script_create_request = cls.__new__(cls)
        custom_script_create_request.from_template_id = from_template_id
        custom_script_create_request.name = name
        custom_script_create_request.parent_id = parent_id
        custom_script_create_request.arguments = arguments
        custom_script_create_request.remote_host_id = remote_host_id
        custom_script_create_request.credential_id = credential_id
        custom_script_create_request.schedule = schedule
        custom_script_create_request.notifications = notifications
        custom_script_create_request.time_zone = time_zone
        custom_script_create_request.hidden = hidden
        custom_script_create_request.target_project_id = target_project_id
        custom_script_create_request.required_resources = required_resources
        custom_script_create_request.partition_label = partition_label
        custom_script_create_request.running_as_id = running_as_id

        custom_script_create_request.additional_properties = d if d else {}
        return custom_script_create_request

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
