from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="Execution")


@_attrs_define
class Execution:
    """Summary of one agent execution.

    Attributes:
        event_id (str):  Example: us_evt_YOUR_ID.
        success (bool):
        completed_at (datetime.datetime):
        duration (int): Run time in milliseconds.
        topic (str):  Example: job:ready.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        agent_id (str | Unset):  Example: us_ag_YOUR_ID.
    """

    event_id: str
    success: bool
    completed_at: datetime.datetime
    duration: int
    topic: str
    created_at: datetime.datetime | Unset = UNSET
    agent_id: str | Unset = UNSET
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

        agent_id = self.agent_id

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
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id

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

        agent_id = d.pop("agentId", UNSET)
        if type(agent_id) is not str and agent_id is not UNSET:
            agent_id = decode.expect(agent_id, str, "agentId")

        execution = cls.__new__(cls)
        execution.event_id = event_id
        execution.success = success
        execution.completed_at = completed_at
        execution.duration = duration
        execution.topic = topic
        execution.created_at = created_at
        execution.agent_id = agent_id

        execution.additional_properties = d if d else {}
        return execution

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
