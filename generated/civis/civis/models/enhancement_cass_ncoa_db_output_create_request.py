from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnhancementCassNcoaDBOutputCreateRequest")


@_attrs_define(slots=False)
class EnhancementCassNcoaDBOutputCreateRequest(ResponseMetadata):
    """
    Attributes:
        schema (str | Unset):
        table (str | Unset):
    """

    schema: str | Unset = UNSET
    table: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if schema is not UNSET:
            field_dict["schema"] = schema
        if table is not UNSET:
            field_dict["table"] = table

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

        enhancement_cass_ncoa_db_output_create_request = cls.__new__(cls)
        enhancement_cass_ncoa_db_output_create_request.schema = schema
        enhancement_cass_ncoa_db_output_create_request.table = table

        enhancement_cass_ncoa_db_output_create_request.additional_properties = d if d else {}
        return enhancement_cass_ncoa_db_output_create_request

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
