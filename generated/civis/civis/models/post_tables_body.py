from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="PostTablesBody")


@_attrs_define(slots=False)
class PostTablesBody(ResponseMetadata):
    """
    Attributes:
        database_id (int):
        schema (str):
        name (str):
        data (str):
    """

    database_id: int
    schema: str
    name: str
    data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        database_id = self.database_id

        schema = self.schema

        name = self.name

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "databaseId": database_id,
                "schema": schema,
                "name": name,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database_id = d.pop("databaseId", decode.MISSING)
        if type(database_id) is not int:
            database_id = decode.expect(database_id, int, "databaseId")

        schema = d.pop("schema", decode.MISSING)
        if type(schema) is not str:
            schema = decode.expect(schema, str, "schema")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        data = d.pop("data", decode.MISSING)
        if type(data) is not str:
            data = decode.expect(data, str, "data")

        post_tables_body = cls.__new__(cls)
        post_tables_body.database_id = database_id
        post_tables_body.schema = schema
        post_tables_body.name = name
        post_tables_body.data = data

        post_tables_body.additional_properties = d if d else {}
        return post_tables_body

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
