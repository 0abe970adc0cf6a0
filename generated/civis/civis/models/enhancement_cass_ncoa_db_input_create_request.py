from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnhancementCassNcoaDBInputCreateRequest")


@_attrs_define(slots=False)
class EnhancementCassNcoaDBInputCreateRequest(ResponseMetadata):
    """
    Attributes:
        schema (str):
        table (str):
        remote_host_id (int):
        credential_id (int):
        multipart_key (list[str] | Unset):
    """

    schema: str
    table: str
    remote_host_id: int
    credential_id: int
    multipart_key: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        table = self.table

        remote_host_id = self.remote_host_id

        credential_id = self.credential_id

        multipart_key: list[str] | Unset = UNSET
        if not isinstance(self.multipart_key, Unset):
            multipart_key = self.multipart_key

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
        if multipart_key is not UNSET:
            field_dict["multipartKey"] = multipart_key

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

        multipart_key = d.pop("multipartKey", UNSET)
        if multipart_key is not UNSET:
            multipart_key = decode.scalar_array(multipart_key, str, "multipartKey")

        enhancement_cass_ncoa_db_input_create_request = cls.__new__(cls)
        enhancement_cass_ncoa_db_input_create_request.schema = schema
        enhancement_cass_ncoa_db_input_create_request.table = table
        enhancement_cass_ncoa_db_input_create_request.remote_host_id = remote_host_id
        enhancement_cass_ncoa_db_input_create_request.credential_id = credential_id
        enhancement_cass_ncoa_db_input_create_request.multipart_key = multipart_key

        enhancement_cass_ncoa_db_input_create_request.additional_properties = d if d else {}
        return enhancement_cass_ncoa_db_input_create_request

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
