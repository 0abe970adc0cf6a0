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
        schema = decode.expect(d.pop("schema", decode.MISSING), str, "schema")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        remote_host_id = decode.expect(d.pop("remoteHostId", decode.MISSING), int, "remoteHostId")

        credential_id = decode.expect(d.pop("credentialId", decode.MISSING), int, "credentialId")

        max_errors = decode.expect(d.pop("maxErrors", UNSET), int, "maxErrors")

        existing_table_rows = decode.expect(d.pop("existingTableRows", UNSET), str, "existingTableRows")

        diststyle = decode.expect(d.pop("diststyle", UNSET), str, "diststyle")

        distkey = decode.expect(d.pop("distkey", UNSET), str, "distkey")

        sortkey1 = decode.expect(d.pop("sortkey1", UNSET), str, "sortkey1")

        sortkey2 = decode.expect(d.pop("sortkey2", UNSET), str, "sortkey2")

        column_delimiter = decode.expect(d.pop("columnDelimiter", UNSET), str, "columnDelimiter")

        first_row_is_header = decode.expect(d.pop("firstRowIsHeader", UNSET), bool, "firstRowIsHeader")

        multipart = decode.expect(d.pop("multipart", UNSET), bool, "multipart")

        escaped = decode.expect(d.pop("escaped", UNSET), bool, "escaped")

        hidden = decode.expect(d.pop("hidden", UNSET), bool, "hidden")

        import_file_upload_create_request = cls(
            schema=schema,
            name=name,
            remote_host_id=remote_host_id,
            credential_id=credential_id,
            max_errors=max_errors,
            existing_table_rows=existing_table_rows,
            diststyle=diststyle,
            distkey=distkey,
            sortkey1=sortkey1,
            sortkey2=sortkey2,
            column_delimiter=column_delimiter,
            first_row_is_header=first_row_is_header,
            multipart=multipart,
            escaped=escaped,
            hidden=hidden,
        )

        import_file_upload_create_request.additional_properties = d
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
