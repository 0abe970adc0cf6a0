from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportBatchImportCreateRequest")


@_attrs_define(slots=False)
class ImportBatchImportCreateRequest(ResponseMetadata):
    """
    Attributes:
        file_ids (list[int]):
        schema (str):
        table (str):
        remote_host_id (int):
        credential_id (int):
        column_delimiter (str | Unset):
        first_row_is_header (bool | Unset):
        compression (str | Unset):
        hidden (bool | Unset):
    """

    file_ids: list[int]
    schema: str
    table: str
    remote_host_id: int
    credential_id: int
    column_delimiter: str | Unset = UNSET
    first_row_is_header: bool | Unset = UNSET
    compression: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        file_ids = self.file_ids

        schema = self.schema

        table = self.table

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        column_delimiter = self.column_delimiter

        first_row_is_header = self.first_row_is_header

        compression = self.compression

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileIds": file_ids,
                "schema": schema,
                "table": table,
                "remoteHostId": remote_host_id,
                "credentialId": credential_id,
            }
        )
        if column_delimiter is not UNSET:
            field_dict["columnDelimiter"] = column_delimiter
        if first_row_is_header is not UNSET:
            field_dict["firstRowIsHeader"] = first_row_is_header
        if compression is not UNSET:
            field_dict["compression"] = compression
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_ids = decode.scalar_array(d.pop("fileIds", decode.MISSING), int, "fileIds")

        schema = d.pop("schema", decode.MISSING)
        if type(schema) is not str:
            schema = decode.expect(schema, str, "schema")

        table = d.pop("table", decode.MISSING)
        if type(table) is not str:
            table = decode.expect(table, str, "table")

        remote_host_id = d.pop("remoteHostId", decode.MISSING)
        if type(remote_host_id) is not int:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        credential_id = d.pop("credentialId", decode.MISSING)
        if type(credential_id) is not int:
            credential_id = decode.expect(credential_id, int, "credentialId")

        column_delimiter = d.pop("columnDelimiter", UNSET)
        if type(column_delimiter) is not str and column_delimiter is not UNSET:
            column_delimiter = decode.expect(column_delimiter, str, "columnDelimiter")

        first_row_is_header = d.pop("firstRowIsHeader", UNSET)
        if type(first_row_is_header) is not bool and first_row_is_header is not UNSET:
            first_row_is_header = decode.expect(first_row_is_header, bool, "firstRowIsHeader")

        compression = d.pop("compression", UNSET)
        if type(compression) is not str and compression is not UNSET:
            compression = decode.expect(compression, str, "compression")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        import_batch_import_create_request = cls.__new__(cls)
        import_batch_import_create_request.file_ids = file_ids
        import_batch_import_create_request.schema = schema
        import_batch_import_create_request.table = table
        import_batch_import_create_request.remote_host_id = remote_host_id
        import_batch_import_create_request.credential_id = credential_id
        import_batch_import_create_request.column_delimiter = column_delimiter
        import_batch_import_create_request.first_row_is_header = first_row_is_header
        import_batch_import_create_request.compression = compression
        import_batch_import_create_request.hidden = hidden

        import_batch_import_create_request.additional_properties = d if d else {}
        return import_batch_import_create_request

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
