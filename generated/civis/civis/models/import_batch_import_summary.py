from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="ImportBatchImportSummary")


@_attrs_define(slots=False)
class ImportBatchImportSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        schema (str):
        table (str):
        remote_host_id (int):
        state (str):
        started_at (str):
        finished_at (str):
        error (str):
    """

    id: int
    schema: str
    table: str
    remote_host_id: int
    state: str
    started_at: str
    finished_at: str
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        schema = self.schema

        table = self.table

        remote_host_id = self.remote_host_id

        state = self.state

        started_at = self.started_at

        finished_at = self.finished_at

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "schema": schema,
                "table": table,
                "remoteHostId": remote_host_id,
                "state": state,
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

        schema = d.pop("schema", decode.MISSING)
        if type(schema) is not str:
            schema = decode.expect(schema, str, "schema")

        table = d.pop("table", decode.MISSING)
        if type(table) is not str:
            table = decode.expect(table, str, "table")

        remote_host_id = d.pop("remoteHostId", decode.MISSING)
        if type(remote_host_id) is not int:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        started_at = d.pop("startedAt", decode.MISSING)
        if type(started_at) is not str:
            started_at = decode.expect(started_at, str, "startedAt")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if type(finished_at) is not str:
            finished_at = decode.expect(finished_at, str, "finishedAt")

        error = d.pop("error", decode.MISSING)
        if type(error) is not str:
            error = decode.expect(error, str, "error")

        import_batch_import_summary = cls.__new__(cls)
        import_batch_import_summary.id = id
        import_batch_import_summary.schema = schema
        import_batch_import_summary.table = table
        import_batch_import_summary.remote_host_id = remote_host_id
        import_batch_import_summary.state = state
        import_batch_import_summary.started_at = started_at
        import_batch_import_summary.finished_at = finished_at
        import_batch_import_summary.error = error

        import_batch_import_summary.additional_properties = d if d else {}
        return import_batch_import_summary

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
