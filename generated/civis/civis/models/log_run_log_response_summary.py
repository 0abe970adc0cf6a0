from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="LogRunLogResponseSummary")


@_attrs_define(slots=False)
class LogRunLogResponseSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        message (str):
        level (str):
    """

    id: int
    created_at: datetime.datetime
    message: str
    level: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = rfc3339(self.created_at)

        message = self.message

        level = self.level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "message": message,
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        message = d.pop("message", decode.MISSING)
        if type(message) is not str:
            message = decode.expect(message, str, "message")

        level = d.pop("level", decode.MISSING)
        if type(level) is not str:
            level = decode.expect(level, str, "level")

        log_run_log_response_summary = cls.__new__(cls)
        log_run_log_response_summary.id = id
        log_run_log_response_summary.created_at = created_at
        log_run_log_response_summary.message = message
        log_run_log_response_summary.level = level

        log_run_log_response_summary.additional_properties = d if d else {}
        return log_run_log_response_summary

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
