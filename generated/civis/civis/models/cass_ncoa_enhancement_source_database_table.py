from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="CassNcoaEnhancementSourceDatabaseTable")


@_attrs_define(slots=False)
class CassNcoaEnhancementSourceDatabaseTable(ResponseMetadata):
    """
    Attributes:
        schema (str | Unset):
        table (str | Unset):
        remote_host_id (int | Unset):
        credential_id (int | Unset):
    """

    schema: str | Unset = UNSET
    table: str | Unset = UNSET
    remote_host_id: int | Unset = UNSET
    credential_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        table = self.table

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if schema is not UNSET:
            field_dict["schema"] = schema
        if table is not UNSET:
            field_dict["table"] = table
        if remote_host_id is not UNSET:
            field_dict["remoteHostId"] = remote_host_id
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schema = d.pop("schema", UNSET)
        if type(schema) is not str and schema is not UNSET:
            schema = decode.expect(schema, str, "schema")

        table = d.pop("table", UNSET)
        if type(table) is not str and table is not UNSET:
            table = decode.expect(table, str, "table")

        remote_host_id = d.pop("remoteHostId", UNSET)
        if type(remote_host_id) is not int and remote_host_id is not UNSET:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        credential_id = d.pop("credentialId", UNSET)
        if type(credential_id) is not int and credential_id is not UNSET:
            credential_id = decode.expect(credential_id, int, "credentialId")

        cass_ncoa_enhancement_source_database_table = cls.__new__(cls)
        cass_ncoa_enhancement_source_database_table.schema = schema
        cass_ncoa_enhancement_source_database_table.table = table
        cass_ncoa_enhancement_source_database_table.remote_host_id = remote_host_id
        cass_ncoa_enhancement_source_database_table.credential_id = credential_id

        cass_ncoa_enhancement_source_database_table.additional_properties = d if d else {}
        return cass_ncoa_enhancement_source_database_table

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
