from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="ProjectsTable")


@_attrs_define(slots=False)
class ProjectsTable(ResponseMetadata):
    """
    Attributes:
        schema (str):
        name (str):
        row_count (int):
        column_count (int):
        created_at (str):
        updated_at (str):
    """

    schema: str
    name: str
    row_count: int
    column_count: int
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema

        name = self.name

        row_count = self.row_count

        column_count = self.column_count

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "name": name,
                "rowCount": row_count,
                "columnCount": column_count,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

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

        row_count = d.pop("rowCount", decode.MISSING)
        if type(row_count) is not int:
            row_count = decode.expect(row_count, int, "rowCount")

        column_count = d.pop("columnCount", decode.MISSING)
        if type(column_count) is not int:
            column_count = decode.expect(column_count, int, "columnCount")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        projects_table = cls.__new__(cls)
        projects_table.schema = schema
        projects_table.name = name
        projects_table.row_count = row_count
        projects_table.column_count = column_count
        projects_table.created_at = created_at
        projects_table.updated_at = updated_at

        projects_table.additional_properties = d if d else {}
        return projects_table

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
