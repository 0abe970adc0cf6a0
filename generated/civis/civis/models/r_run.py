from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="RRun")


@_attrs_define(slots=False)
class RRun(ResponseMetadata):
    """
    Attributes:
        id (int):
        r_id (int):
        state (str):
        is_cancel_requested (bool):
        created_at (str):
        started_at (str):
        finished_at (str):
        error (str):
        max_memory_usage (float):
        max_cpu_usage (float):
    """

    id: int
    r_id: int
    state: str
    is_cancel_requested: bool
    created_at: str
    started_at: str
    finished_at: str
    error: str
    max_memory_usage: float
    max_cpu_usage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        r_id = self.r_id

        state = self.state

        is_cancel_requested = self.is_cancel_requested

        created_at = self.created_at

        started_at = self.started_at

        finished_at = self.finished_at

        error = self.error

        max_memory_usage = self.max_memory_usage

        max_cpu_usage = self.max_cpu_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rId": r_id,
                "state": state,
                "isCancelRequested": is_cancel_requested,
                "createdAt": created_at,
                "startedAt": started_at,
                "finishedAt": finished_at,
                "error": error,
                "maxMemoryUsage": max_memory_usage,
                "maxCpuUsage": max_cpu_usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        r_id = decode.expect(d.pop("rId", decode.MISSING), int, "rId")

        state = decode.expect(d.pop("state", decode.MISSING), str, "state")

        is_cancel_requested = decode.expect(d.pop("isCancelRequested", decode.MISSING), bool, "isCancelRequested")

        created_at = decode.expect(d.pop("createdAt", decode.MISSING), str, "createdAt")

        started_at = decode.expect(d.pop("startedAt", decode.MISSING), str, "startedAt")

        finished_at = decode.expect(d.pop("finishedAt", decode.MISSING), str, "finishedAt")

        error = decode.expect(d.pop("error", decode.MISSING), str, "error")

        max_memory_usage = decode.expect(d.pop("maxMemoryUsage", decode.MISSING), float, "maxMemoryUsage")

        max_cpu_usage = decode.expect(d.pop("maxCpuUsage", decode.MISSING), float, "maxCpuUsage")

        r_run = cls(
            id=id,
            r_id=r_id,
            state=state,
            is_cancel_requested=is_cancel_requested,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            error=error,
            max_memory_usage=max_memory_usage,
            max_cpu_usage=max_cpu_usage,
        )

        r_run.additional_properties = d
        return r_run

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
