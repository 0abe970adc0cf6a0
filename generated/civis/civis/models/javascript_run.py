from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="JavascriptRun")


@_attrs_define(slots=False)
class JavascriptRun(ResponseMetadata):
    """
    Attributes:
        id (int):
        javascript_id (int):
        state (str):
        is_cancel_requested (bool):
        created_at (str):
        started_at (str):
        finished_at (str):
        error (str):
    """

    id: int
    javascript_id: int
    state: str
    is_cancel_requested: bool
    created_at: str
    started_at: str
    finished_at: str
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        javascript_id = self.javascript_id

        state = self.state

        is_cancel_requested = self.is_cancel_requested

        created_at = self.created_at

        started_at = self.started_at

        finished_at = self.finished_at

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "javascriptId": javascript_id,
                "state": state,
                "isCancelRequested": is_cancel_requested,
                "createdAt": created_at,
                "startedAt": started_at,
                "finishedAt": finished_at,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        javascript_id = d.pop("javascriptId", decode.MISSING)
        if type(javascript_id) is not int:
            javascript_id = decode.expect(javascript_id, int, "javascriptId")

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

        javascript_run = cls.__new__(cls)
        javascript_run.id = id
        javascript_run.javascript_id = javascript_id
        javascript_run.state = state
        javascript_run.is_cancel_requested = is_cancel_requested
        javascript_run.created_at = created_at
        javascript_run.started_at = started_at
        javascript_run.finished_at = finished_at
        javascript_run.error = error

        javascript_run.additional_properties = d if d else {}
        return javascript_run

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
