from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportDatabaseTableCreateRequest")


@_attrs_define(slots=False)
class ImportDatabaseTableCreateRequest(ResponseMetadata):
    """
    Attributes:
        schema (str):
        table (str):
        use_without_schema (bool | Unset):
    """

    schema: str
    table: str
    use_without_schema: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        table = self.table

        use_without_schema = self.use_without_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "table": table,
            }
        )
        if use_without_schema is not UNSET:
            field_dict["useWithoutSchema"] = use_without_schema

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

        use_without_schema = d.pop("useWithoutSchema", UNSET)
        if type(use_without_schema) is not bool and use_without_schema is not UNSET:
            use_without_schema = decode.expect(use_without_schema, bool, "useWithoutSchema")

        import_database_table_create_request = cls.__new__(cls)
        import_database_table_create_request.schema = schema
        import_database_table_create_request.table = table
        import_database_table_create_request.use_without_schema = use_without_schema

        import_database_table_create_request.additional_properties = d if d else {}
        return import_database_table_create_request

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
