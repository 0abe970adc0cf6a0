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

T = TypeVar("T", bound="QueryRun")


@_attrs_define(slots=False)
class QueryRun(ResponseMetadata):
    """One execution of a query.

    Attributes:
        id (int):
        query_id (int):
        state (str):
        is_cancel_requested (bool):
        created_at (datetime.datetime):
        started_at (datetime.datetime | None):
        finished_at (datetime.datetime | None):
        error (None | str):
    """

    id: int
    query_id: int
    state: str
    is_cancel_requested: bool
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        query_id = self.query_id

        state = self.state

        is_cancel_requested = self.is_cancel_requested

        created_at = rfc3339(self.created_at)

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = rfc3339(self.started_at)
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = rfc3339(self.finished_at)
        else:
            finished_at = self.finished_at

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "queryId": query_id,
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

        query_id = d.pop("queryId", decode.MISSING)
        if type(query_id) is not int:
            query_id = decode.expect(query_id, int, "queryId")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        is_cancel_requested = d.pop("isCancelRequested", decode.MISSING)
        if type(is_cancel_requested) is not bool:
            is_cancel_requested = decode.expect(is_cancel_requested, bool, "isCancelRequested")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        started_at = d.pop("startedAt", decode.MISSING)
        if started_at is not None:
            started_at = decode.date_time(started_at, "startedAt", expected="one of datetime.datetime | None")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if finished_at is not None:
            finished_at = decode.date_time(finished_at, "finishedAt", expected="one of datetime.datetime | None")

        error = d.pop("error", decode.MISSING)
        if error is not None and type(error) is not str:
            error = decode.expect(error, str, "error", "one of None | str")

        query_run = cls.__new__(cls)
        query_run.id = id
        query_run.query_id = query_id
        query_run.state = state
        query_run.is_cancel_requested = is_cancel_requested
        query_run.created_at = created_at
        query_run.started_at = started_at
        query_run.finished_at = finished_at
        query_run.error = error

        query_run.additional_properties = d if d else {}
        return query_run

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
