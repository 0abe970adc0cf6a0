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
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        schema = decode.expect(d.pop("schema", decode.MISSING), str, "schema")

        table = decode.expect(d.pop("table", decode.MISSING), str, "table")

        remote_host_id = decode.expect(d.pop("remoteHostId", decode.MISSING), int, "remoteHostId")

        state = decode.expect(d.pop("state", decode.MISSING), str, "state")

        started_at = decode.expect(d.pop("startedAt", decode.MISSING), str, "startedAt")

        finished_at = decode.expect(d.pop("finishedAt", decode.MISSING), str, "finishedAt")

        error = decode.expect(d.pop("error", decode.MISSING), str, "error")

        import_batch_import_summary = cls(
            id=id,
            schema=schema,
            table=table,
            remote_host_id=remote_host_id,
            state=state,
            started_at=started_at,
            finished_at=finished_at,
            error=error,
        )

        import_batch_import_summary.additional_properties = d
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
