from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="PostEnhancementsCassNcoaBodySourceDatabaseTable")


@_attrs_define(slots=False)
class PostEnhancementsCassNcoaBodySourceDatabaseTable(ResponseMetadata):
    """
    Attributes:
        schema (str):
        table (str):
        remote_host_id (int):
        credential_id (int):
    """

    schema: str
    table: str
    remote_host_id: int
    credential_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        table = self.table

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "table": table,
                "remoteHostId": remote_host_id,
                "credentialId": credential_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        post_enhancements_cass_ncoa_body_source_database_table = cls.__new__(cls)
        post_enhancements_cass_ncoa_body_source_database_table.schema = schema
        post_enhancements_cass_ncoa_body_source_database_table.table = table
        post_enhancements_cass_ncoa_body_source_database_table.remote_host_id = remote_host_id
        post_enhancements_cass_ncoa_body_source_database_table.credential_id = credential_id

        post_enhancements_cass_ncoa_body_source_database_table.additional_properties = d if d else {}
        return post_enhancements_cass_ncoa_body_source_database_table

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
