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

T = TypeVar("T", bound="AgentLog")


@_attrs_define
class AgentLog:
    """Outcome of one agent run.

    Attributes:
        event_id (str):  Example: us_evt_YOUR_ID.
        success (bool):
        completed_at (datetime.datetime):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        log (str | Unset): Captured console output.
    """

    event_id: str
    success: bool
    completed_at: datetime.datetime
    created_at: datetime.datetime | Unset = UNSET
    log: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        success = self.success

        completed_at = rfc3339(self.completed_at)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        log = self.log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventId": event_id,
                "success": success,
                "completedAt": completed_at,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if log is not UNSET:
            field_dict["log"] = log

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

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        log = d.pop("log", UNSET)
        if type(log) is not str and log is not UNSET:
            log = decode.expect(log, str, "log")

        agent_log = cls.__new__(cls)
        agent_log.event_id = event_id
        agent_log.success = success
        agent_log.completed_at = completed_at
        agent_log.created_at = created_at
        agent_log.log = log

        agent_log.additional_properties = d if d else {}
        return agent_log

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
