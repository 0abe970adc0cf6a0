from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_schedule import JobSchedule
    from ..models.user_simple import UserSimple
    from ..models.workflow_notifications import WorkflowNotifications


T = TypeVar("T", bound="Workflow")


@_attrs_define(slots=False)
class Workflow(ResponseMetadata):
    """A set of jobs run in a defined order.

    Attributes:
        id (int):
        name (str):
        description (None | str):
        definition (str): Workflow definition, in YAML.
        valid (bool):
        validation_errors (None | str):
        file_id (str):
        user (UserSimple): Short reference to a user.
        state (str):
        last_execution_id (int | None):
        schedule (JobSchedule): When a job runs by itself.
        allow_concurrent_executions (bool):
        time_zone (str):
        next_execution_at (datetime.datetime | None):
        archived (str):
        hidden (bool):
        my_permission_level (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        notifications (WorkflowNotifications | Unset):
    """

    id: int
    name: str
    description: None | str
    definition: str
    valid: bool
    validation_errors: None | str
    file_id: str
    user: UserSimple
    state: str
    last_execution_id: int | None
    schedule: JobSchedule
    allow_concurrent_executions: bool
    time_zone: str
    next_execution_at: datetime.datetime | None
    archived: str
    hidden: bool
    my_permission_level: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    notifications: WorkflowNotifications | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        definition = self.definition

        valid = self.valid

        validation_errors: None | str
        validation_errors = self.validation_errors

        file_id = self.file_id

        user = self.user.to_dict()

        state = self.state

        last_execution_id: int | None
        last_execution_id = self.last_execution_id

        schedule = self.schedule.to_dict()

        allow_concurrent_executions = self.allow_concurrent_executions

        time_zone = self.time_zone

        next_execution_at: None | str
        if isinstance(self.next_execution_at, datetime.datetime):
            next_execution_at = self.next_execution_at.isoformat()
        else:
            next_execution_at = self.next_execution_at

        archived = self.archived

        hidden = self.hidden

        my_permission_level = self.my_permission_level

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "definition": definition,
                "valid": valid,
                "validationErrors": validation_errors,
                "fileId": file_id,
                "user": user,
                "state": state,
                "lastExecutionId": last_execution_id,
                "schedule": schedule,
                "allowConcurrentExecutions": allow_concurrent_executions,
                "timeZone": time_zone,
                "nextExecutionAt": next_execution_at,
                "archived": archived,
                "hidden": hidden,
                "myPermissionLevel": my_permission_level,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_schedule import JobSchedule  # noqa: PLC0415
        from ..models.user_simple import UserSimple  # noqa: PLC0415
        from ..models.workflow_notifications import WorkflowNotifications  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        definition = d.pop("definition")

        valid = d.pop("valid")

        def _parse_validation_errors(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        validation_errors = _parse_validation_errors(d.pop("validationErrors"))

        file_id = d.pop("fileId")

        user = UserSimple.from_dict(d.pop("user"))

        state = d.pop("state")

        def _parse_last_execution_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_execution_id = _parse_last_execution_id(d.pop("lastExecutionId"))

        schedule = JobSchedule.from_dict(d.pop("schedule"))

        allow_concurrent_executions = d.pop("allowConcurrentExecutions")

        time_zone = d.pop("timeZone")

        def _parse_next_execution_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_execution_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_execution_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_execution_at = _parse_next_execution_at(d.pop("nextExecutionAt"))

        archived = d.pop("archived")

        hidden = d.pop("hidden")

        my_permission_level = d.pop("myPermissionLevel")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _notifications = d.pop("notifications", UNSET)
        notifications: WorkflowNotifications | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = WorkflowNotifications.from_dict(_notifications)

        workflow = cls(
            id=id,
            name=name,
            description=description,
            definition=definition,
            valid=valid,
            validation_errors=validation_errors,
            file_id=file_id,
            user=user,
            state=state,
            last_execution_id=last_execution_id,
            schedule=schedule,
            allow_concurrent_executions=allow_concurrent_executions,
            time_zone=time_zone,
            next_execution_at=next_execution_at,
            archived=archived,
            hidden=hidden,
            my_permission_level=my_permission_level,
            created_at=created_at,
            updated_at=updated_at,
            notifications=notifications,
        )

        workflow.additional_properties = d
        return workflow

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
