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
    from ..models.job_schedule_create_request import JobScheduleCreateRequest
    from ..models.workflow_notifications_create_request import WorkflowNotificationsCreateRequest


T = TypeVar("T", bound="WorkflowUpdateRequest")


@_attrs_define(slots=False)
class WorkflowUpdateRequest(ResponseMetadata):
    """
    Attributes:
        name (str):
        description (str | Unset):
        definition (str | Unset):
        schedule (JobScheduleCreateRequest | Unset):
        allow_concurrent_executions (bool | Unset):
        time_zone (str | Unset):
        notifications (WorkflowNotificationsCreateRequest | Unset):
    """

    name: str
    description: str | Unset = UNSET
    definition: str | Unset = UNSET
    schedule: JobScheduleCreateRequest | Unset = UNSET
    allow_concurrent_executions: bool | Unset = UNSET
    time_zone: str | Unset = UNSET
    notifications: WorkflowNotificationsCreateRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        definition = self.definition

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = jsonable(self.schedule)

        allow_concurrent_executions = self.allow_concurrent_executions

        time_zone = self.time_zone

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = jsonable(self.notifications)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if definition is not UNSET:
            field_dict["definition"] = definition
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if allow_concurrent_executions is not UNSET:
            field_dict["allowConcurrentExecutions"] = allow_concurrent_executions
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        definition = d.pop("definition", UNSET)
        if type(definition) is not str and definition is not UNSET:
            definition = decode.expect(definition, str, "definition")

        schedule = d.pop("schedule", UNSET)
        if schedule is not UNSET:
            schedule = decode.model(_models.JobScheduleCreateRequest.from_dict, schedule, "schedule")

        allow_concurrent_executions = d.pop("allowConcurrentExecutions", UNSET)
        if type(allow_concurrent_executions) is not bool and allow_concurrent_executions is not UNSET:
            allow_concurrent_executions = decode.expect(allow_concurrent_executions, bool, "allowConcurrentExecutions")

        time_zone = d.pop("timeZone", UNSET)
        if type(time_zone) is not str and time_zone is not UNSET:
            time_zone = decode.expect(time_zone, str, "timeZone")

        notifications = d.pop("notifications", UNSET)
        if notifications is not UNSET:
            notifications = decode.model(
                _models.WorkflowNotificationsCreateRequest.from_dict, notifications, "notifications"
            )

        workflow_update_request = cls.__new__(cls)
        workflow_update_request.name = name
        workflow_update_request.description = description
        workflow_update_request.definition = definition
        workflow_update_request.schedule = schedule
        workflow_update_request.allow_concurrent_executions = allow_concurrent_executions
        workflow_update_request.time_zone = time_zone
        workflow_update_request.notifications = notifications

        workflow_update_request.additional_properties = d if d else {}
        return workflow_update_request

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
