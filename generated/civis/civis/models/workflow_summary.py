from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.job_schedule import JobSchedule
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="WorkflowSummary")


@_attrs_define(slots=False)
class WorkflowSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        description (None | str):
        valid (bool):
        file_id (str):
        user (UserSimple): Short reference to a user.
        state (str):
        schedule (JobSchedule): When a job runs by itself.
        allow_concurrent_executions (bool):
        time_zone (str):
        next_execution_at (datetime.datetime | None):
        archived (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: int
    name: str
    description: None | str
    valid: bool
    file_id: str
    user: UserSimple
    state: str
    schedule: JobSchedule
    allow_concurrent_executions: bool
    time_zone: str
    next_execution_at: datetime.datetime | None
    archived: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        valid = self.valid

        file_id = self.file_id

        user = jsonable(self.user)

        state = self.state

        schedule = jsonable(self.schedule)

        allow_concurrent_executions = self.allow_concurrent_executions

        time_zone = self.time_zone

        next_execution_at: None | str
        if isinstance(self.next_execution_at, datetime.datetime):
            next_execution_at = rfc3339(self.next_execution_at)
        else:
            next_execution_at = self.next_execution_at

        archived = self.archived

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "valid": valid,
                "fileId": file_id,
                "user": user,
                "state": state,
                "schedule": schedule,
                "allowConcurrentExecutions": allow_concurrent_executions,
                "timeZone": time_zone,
                "nextExecutionAt": next_execution_at,
                "archived": archived,
                "createdAt": created_at,
                "updatedAt": updated_at,
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

        description = d.pop("description", decode.MISSING)
        if description is not None and type(description) is not str:
            description = decode.expect(description, str, "description", "one of None | str")

        valid = d.pop("valid", decode.MISSING)
        if type(valid) is not bool:
            valid = decode.expect(valid, bool, "valid")

        file_id = d.pop("fileId", decode.MISSING)
        if type(file_id) is not str:
            file_id = decode.expect(file_id, str, "fileId")

        user = decode.model(_models.UserSimple.from_dict, d.pop("user", decode.MISSING), "user")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        schedule = decode.model(_models.JobSchedule.from_dict, d.pop("schedule", decode.MISSING), "schedule")

        allow_concurrent_executions = d.pop("allowConcurrentExecutions", decode.MISSING)
        if type(allow_concurrent_executions) is not bool:
            allow_concurrent_executions = decode.expect(allow_concurrent_executions, bool, "allowConcurrentExecutions")

        time_zone = d.pop("timeZone", decode.MISSING)
        if type(time_zone) is not str:
            time_zone = decode.expect(time_zone, str, "timeZone")

        next_execution_at = d.pop("nextExecutionAt", decode.MISSING)
        if next_execution_at is not None:
            next_execution_at = decode.date_time(
                next_execution_at, "nextExecutionAt", expected="one of datetime.datetime | None"
            )

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        workflow_summary = cls.__new__(cls)
        workflow_summary.id = id
        workflow_summary.name = name
        workflow_summary.description = description
        workflow_summary.valid = valid
        workflow_summary.file_id = file_id
        workflow_summary.user = user
        workflow_summary.state = state
        workflow_summary.schedule = schedule
        workflow_summary.allow_concurrent_executions = allow_concurrent_executions
        workflow_summary.time_zone = time_zone
        workflow_summary.next_execution_at = next_execution_at
        workflow_summary.archived = archived
        workflow_summary.created_at = created_at
        workflow_summary.updated_at = updated_at

        workflow_summary.additional_properties = d if d else {}
        return workflow_summary

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
