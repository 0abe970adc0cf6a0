from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportFileUploadCreateRequest")


@_attrs_define(slots=False)
class ImportFileUploadCreateRequest(ResponseMetadata):
    """
    Attributes:
        schema (str):
        name (str):
        remote_host_id (int):
        credential_id (int):
        max_errors (int | Unset):
        existing_table_rows (str | Unset):
        diststyle (str | Unset):
        distkey (str | Unset):
        sortkey1 (str | Unset):
        sortkey2 (str | Unset):
        column_delimiter (str | Unset):
        first_row_is_header (bool | Unset):
        multipart (bool | Unset):
        escaped (bool | Unset):
        hidden (bool | Unset):
    """

    schema: str
    name: str
    remote_host_id: int
    credential_id: int
    max_errors: int | Unset = UNSET
    existing_table_rows: str | Unset = UNSET
    diststyle: str | Unset = UNSET
    distkey: str | Unset = UNSET
    sortkey1: str | Unset = UNSET
    sortkey2: str | Unset = UNSET
    column_delimiter: str | Unset = UNSET
    first_row_is_header: bool | Unset = UNSET
    multipart: bool | Unset = UNSET
    escaped: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        name = self.name

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        max_errors = self.max_errors

        existing_table_rows = self.existing_table_rows

        diststyle = self.diststyle

        distkey = self.distkey

        sortkey1 = self.sortkey1

        sortkey2 = self.sortkey2

        column_delimiter = self.column_delimiter

        first_row_is_header = self.first_row_is_header

        multipart = self.multipart

        escaped = self.escaped

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "name": name,
                "remoteHostId": remote_host_id,
                "credentialId": credential_id,
            }
        )
        if max_errors is not UNSET:
            field_dict["maxErrors"] = max_errors
        if existing_table_rows is not UNSET:
            field_dict["existingTableRows"] = existing_table_rows
        if diststyle is not UNSET:
            field_dict["diststyle"] = diststyle
        if distkey is not UNSET:
            field_dict["distkey"] = distkey
        if sortkey1 is not UNSET:
            field_dict["sortkey1"] = sortkey1
        if sortkey2 is not UNSET:
            field_dict["sortkey2"] = sortkey2
        if column_delimiter is not UNSET:
            field_dict["columnDelimiter"] = column_delimiter
        if first_row_is_header is not UNSET:
            field_dict["firstRowIsHeader"] = first_row_is_header
        if multipart is not UNSET:
            field_dict["multipart"] = multipart
        if escaped is not UNSET:
            field_dict["escaped"] = escaped
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schema = d.pop("schema", decode.MISSING)
        if type(schema) is not str:
            schema = decode.expect(schema, str, "schema")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        remote_host_id = d.pop("remoteHostId", decode.MISSING)
        if type(remote_host_id) is not int:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        credential_id = d.pop("credentialId", decode.MISSING)
        if type(credential_id) is not int:
            credential_id = decode.expect(credential_id, int, "credentialId")

        max_errors = d.pop("maxErrors", UNSET)
        if type(max_errors) is not int and max_errors is not UNSET:
            max_errors = decode.expect(max_errors, int, "maxErrors")

        existing_table_rows = d.pop("existingTableRows", UNSET)
        if type(existing_table_rows) is not str and existing_table_rows is not UNSET:
            existing_table_rows = decode.expect(existing_table_rows, str, "existingTableRows")

        diststyle = d.pop("diststyle", UNSET)
        if type(diststyle) is not str and diststyle is not UNSET:
            diststyle = decode.expect(diststyle, str, "diststyle")

        distkey = d.pop("distkey", UNSET)
        if type(distkey) is not str and distkey is not UNSET:
            distkey = decode.expect(distkey, str, "distkey")

        sortkey1 = d.pop("sortkey1", UNSET)
        if type(sortkey1) is not str and sortkey1 is not UNSET:
            sortkey1 = decode.expect(sortkey1, str, "sortkey1")

        sortkey2 = d.pop("sortkey2", UNSET)
        if type(sortkey2) is not str and sortkey2 is not UNSET:
            sortkey2 = decode.expect(sortkey2, str, "sortkey2")

        column_delimiter = d.pop("columnDelimiter", UNSET)
        if type(column_delimiter) is not str and column_delimiter is not UNSET:
            column_delimiter = decode.expect(column_delimiter, str, "columnDelimiter")

        first_row_is_header = d.pop("firstRowIsHeader", UNSET)
        if type(first_row_is_header) is not bool and first_row_is_header is not UNSET:
            first_row_is_header = decode.expect(first_row_is_header, bool, "firstRowIsHeader")

        multipart = d.pop("multipart", UNSET)
        if type(multipart) is not bool and multipart is not UNSET:
            multipart = decode.expect(multipart, bool, "multipart")

        escaped = d.pop("escaped", UNSET)
        if type(escaped) is not bool and escaped is not UNSET:
            escaped = decode.expect(escaped, bool, "escaped")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        import_file_upload_create_request = cls.__new__(cls)
        import_file_upload_create_request.schema = schema
        import_file_upload_create_request.name = name
        import_file_upload_create_request.remote_host_id = remote_host_id
        import_file_upload_create_request.credential_id = credential_id
        import_file_upload_create_request.max_errors = max_errors
        import_file_upload_create_request.existing_table_rows = existing_table_rows
        import_file_upload_create_request.diststyle = diststyle
        import_file_upload_create_request.distkey = distkey
        import_file_upload_create_request.sortkey1 = sortkey1
        import_file_upload_create_request.sortkey2 = sortkey2
        import_file_upload_create_request.column_delimiter = column_delimiter
        import_file_upload_create_request.first_row_is_header = first_row_is_header
        import_file_upload_create_request.multipart = multipart
        import_file_upload_create_request.escaped = escaped
        import_file_upload_create_request.hidden = hidden

        import_file_upload_create_request.additional_properties = d if d else {}
        return import_file_upload_create_request

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
