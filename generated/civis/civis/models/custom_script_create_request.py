from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata
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

    def to_dict(self) -> dict[str, Any]:
        from_template_id = self.from_template_id

        name = self.name

        parent_id = self.parent_id

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = self.arguments.to_dict()

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        time_zone = self.time_zone

        hidden = self.hidden

        target_project_id = self.target_project_id

        required_resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_resources, Unset):
            required_resources = self.required_resources.to_dict()

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
        from ..models.custom_script_create_request_arguments import CustomScriptCreateRequestArguments  # noqa: PLC0415
        from ..models.job_notifications_create_request import JobNotificationsCreateRequest  # noqa: PLC0415
        from ..models.job_schedule_create_request import JobScheduleCreateRequest  # noqa: PLC0415
        from ..models.script_required_resources_custom_create_request import ScriptRequiredResourcesCustomCreateRequest  # noqa: PLC0415

        d = dict(src_dict)
        from_template_id = d.pop("fromTemplateId")

        name = d.pop("name", UNSET)

        parent_id = d.pop("parentId", UNSET)

        _arguments = d.pop("arguments", UNSET)
        arguments: CustomScriptCreateRequestArguments | Unset
        if isinstance(_arguments, Unset):
            arguments = UNSET
        else:
            arguments = CustomScriptCreateRequestArguments.from_dict(_arguments)

        remote_host_id = d.pop("remoteHostId", UNSET)

        credential_id = d.pop("credentialId", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: JobScheduleCreateRequest | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = JobScheduleCreateRequest.from_dict(_schedule)

        _notifications = d.pop("notifications", UNSET)
        notifications: JobNotificationsCreateRequest | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = JobNotificationsCreateRequest.from_dict(_notifications)

        time_zone = d.pop("timeZone", UNSET)

        hidden = d.pop("hidden", UNSET)

        target_project_id = d.pop("targetProjectId", UNSET)

        _required_resources = d.pop("requiredResources", UNSET)
        required_resources: ScriptRequiredResourcesCustomCreateRequest | Unset
        if isinstance(_required_resources, Unset):
            required_resources = UNSET
        else:
            required_resources = ScriptRequiredResourcesCustomCreateRequest.from_dict(_required_resources)

        partition_label = d.pop("partitionLabel", UNSET)

        running_as_id = d.pop("runningAsId", UNSET)

        custom_script_create_request = cls(
            from_template_id=from_template_id,
            name=name,
            parent_id=parent_id,
            arguments=arguments,
            remote_host_id=remote_host_id,
            credential_id=credential_id,
            schedule=schedule,
            notifications=notifications,
            time_zone=time_zone,
            hidden=hidden,
            target_project_id=target_project_id,
            required_resources=required_resources,
            partition_label=partition_label,
            running_as_id=running_as_id,
        )

        custom_script_create_request.additional_properties = d
        return custom_script_create_request

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
