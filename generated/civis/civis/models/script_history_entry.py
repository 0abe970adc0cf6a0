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
    from ..models.script_output import ScriptOutput


T = TypeVar("T", bound="ScriptHistoryEntry")


@_attrs_define(slots=False)
class ScriptHistoryEntry(ResponseMetadata):
    """
    Attributes:
        id (int):
        sql_id (int):
        state (str):
        is_cancel_requested (bool):
        finished_at (datetime.datetime | None):
        error (None | str):
        output (list[ScriptOutput]):
    """

    id: int
    sql_id: int
    state: str
    is_cancel_requested: bool
    finished_at: datetime.datetime | None
    error: None | str
    output: list[ScriptOutput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sql_id = self.sql_id

        state = self.state

        is_cancel_requested = self.is_cancel_requested

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = rfc3339(self.finished_at)
        else:
            finished_at = self.finished_at

        error: None | str
        error = self.error

        output = []
        for output_item_data in self.output:
            output_item = jsonable(output_item_data)
            output.append(output_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sqlId": sql_id,
                "state": state,
                "isCancelRequested": is_cancel_requested,
                "finishedAt": finished_at,
                "error": error,
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        sql_id = d.pop("sqlId", decode.MISSING)
        if type(sql_id) is not int:
            sql_id = decode.expect(sql_id, int, "sqlId")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        is_cancel_requested = d.pop("isCancelRequested", decode.MISSING)
        if type(is_cancel_requested) is not bool:
            is_cancel_requested = decode.expect(is_cancel_requested, bool, "isCancelRequested")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if finished_at is not None:
            finished_at = decode.date_time(finished_at, "finishedAt", expected="one of datetime.datetime | None")

        error = d.pop("error", decode.MISSING)
        if error is not None and type(error) is not str:
            error = decode.expect(error, str, "error", "one of None | str")

        output = decode.model_array(_models.ScriptOutput.from_dict, d.pop("output", decode.MISSING), "output")

        script_history_entry = cls.__new__(cls)
        script_history_entry.id = id
        script_history_entry.sql_id = sql_id
        script_history_entry.state = state
        script_history_entry.is_cancel_requested = is_cancel_requested
        script_history_entry.finished_at = finished_at
        script_history_entry.error = error
        script_history_entry.output = output

        script_history_entry.additional_properties = d if d else {}
        return script_history_entry

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
