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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detailed_agent_log_context import DetailedAgentLogContext


T = TypeVar("T", bound="DetailedAgentLog")


@_attrs_define
class DetailedAgentLog:
    """Agent run with timing and event details.

    Attributes:
        event_id (str):  Example: us_evt_YOUR_ID.
        success (bool):
        completed_at (datetime.datetime):
        duration (int): Run time in milliseconds.
        topic (str):  Example: workbook:updated.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        context (DetailedAgentLogContext | Unset): Event context the agent received.
        log (str | Unset):
        space_id (str | Unset):  Example: us_sp_YOUR_ID.
        environment_id (str | Unset):  Example: us_env_YOUR_ID.
    """

    event_id: str
    success: bool
    completed_at: datetime.datetime
    duration: int
    topic: str
    created_at: datetime.datetime | Unset = UNSET
    context: DetailedAgentLogContext | Unset = UNSET
    log: str | Unset = UNSET
    space_id: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        success = self.success

        completed_at = rfc3339(self.completed_at)

        duration = self.duration

        topic = self.topic

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = jsonable(self.context)

        log = self.log

        space_id = self.space_id

        environment_id = self.environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventId": event_id,
                "success": success,
                "completedAt": completed_at,
                "duration": duration,
                "topic": topic,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if context is not UNSET:
            field_dict["context"] = context
        if log is not UNSET:
            field_dict["log"] = log
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("eventId", decode.MISSING)
        if type(event_id) is not str:
            event_id = decode.expect(event_id, str, "eventId")

        success = d.pop("success", decode.MISSING)
        if type(success) is not bool:
            success = decode.expect(success, bool, "success")

        completed_at = decode.date_time(d.pop("completedAt", decode.MISSING), "completedAt")

        duration = d.pop("duration", decode.MISSING)
        if type(duration) is not int:
            duration = decode.expect(duration, int, "duration")

        topic = d.pop("topic", decode.MISSING)
        if type(topic) is not str:
            topic = decode.expect(topic, str, "topic")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        context = d.pop("context", UNSET)
        if context is not UNSET:
            context = decode.model(_models.DetailedAgentLogContext.from_dict, context, "context")

        log = d.pop("log", UNSET)
        if type(log) is not str and log is not UNSET:
            log = decode.expect(log, str, "log")

        space_id = d.pop("spaceId", UNSET)
        if type(space_id) is not str and space_id is not UNSET:
            space_id = decode.expect(space_id, str, "spaceId")

        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        detailed_agent_log = cls.__new__(cls)
        detailed_agent_log.event_id = event_id
        detailed_agent_log.success = success
        detailed_agent_log.completed_at = completed_at
        detailed_agent_log.duration = duration
        detailed_agent_log.topic = topic
        detailed_agent_log.created_at = created_at
        detailed_agent_log.context = context
        detailed_agent_log.log = log
        detailed_agent_log.space_id = space_id
        detailed_agent_log.environment_id = environment_id

        detailed_agent_log.additional_properties = d if d else {}
        return detailed_agent_log

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
