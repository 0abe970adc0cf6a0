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
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        r_id = d.pop("rId", decode.MISSING)
        if type(r_id) is not int:
            r_id = decode.expect(r_id, int, "rId")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        is_cancel_requested = d.pop("isCancelRequested", decode.MISSING)
        if type(is_cancel_requested) is not bool:
            is_cancel_requested = decode.expect(is_cancel_requested, bool, "isCancelRequested")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        started_at = d.pop("startedAt", decode.MISSING)
        if type(started_at) is not str:
            started_at = decode.expect(started_at, str, "startedAt")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if type(finished_at) is not str:
            finished_at = decode.expect(finished_at, str, "finishedAt")

        error = d.pop("error", decode.MISSING)
        if type(error) is not str:
            error = decode.expect(error, str, "error")

        max_memory_usage = d.pop("maxMemoryUsage", decode.MISSING)
        if type(max_memory_usage) is not float:
            max_memory_usage = decode.expect(max_memory_usage, float, "maxMemoryUsage")

        max_cpu_usage = d.pop("maxCpuUsage", decode.MISSING)
        if type(max_cpu_usage) is not float:
            max_cpu_usage = decode.expect(max_cpu_usage, float, "maxCpuUsage")

        r_run = cls.__new__(cls)
        r_run.id = id
        r_run.r_id = r_id
        r_run.state = state
        r_run.is_cancel_requested = is_cancel_requested
        r_run.created_at = created_at
        r_run.started_at = started_at
        r_run.finished_at = finished_at
        r_run.error = error
        r_run.max_memory_usage = max_memory_usage
        r_run.max_cpu_usage = max_cpu_usage

        r_run.additional_properties = d if d else {}
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
