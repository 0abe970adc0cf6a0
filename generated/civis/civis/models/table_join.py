from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="TableJoin")


@_attrs_define(slots=False)
class TableJoin(ResponseMetadata):
    """
    Attributes:
        id (int):
        left_table_id (int):
        left_identifier (str):
        right_table_id (int):
        right_identifier (str):
        on (str):
        left_join (bool):
        created_at (str):
        updated_at (str):
    """

    id: int
    left_table_id: int
    left_identifier: str
    right_table_id: int
    right_identifier: str
    on: str
    left_join: bool
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        left_table_id = self.left_table_id

        left_identifier = self.left_identifier

        right_table_id = self.right_table_id

        right_identifier = self.right_identifier

        on = self.on

        left_join = self.left_join

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "leftTableId": left_table_id,
                "leftIdentifier": left_identifier,
                "rightTableId": right_table_id,
                "rightIdentifier": right_identifier,
                "on": on,
                "leftJoin": left_join,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        left_table_id = d.pop("leftTableId", decode.MISSING)
        if type(left_table_id) is not int:
            left_table_id = decode.expect(left_table_id, int, "leftTableId")

        left_identifier = d.pop("leftIdentifier", decode.MISSING)
        if type(left_identifier) is not str:
            left_identifier = decode.expect(left_identifier, str, "leftIdentifier")

        right_table_id = d.pop("rightTableId", decode.MISSING)
        if type(right_table_id) is not int:
            right_table_id = decode.expect(right_table_id, int, "rightTableId")

        right_identifier = d.pop("rightIdentifier", decode.MISSING)
        if type(right_identifier) is not str:
            right_identifier = decode.expect(right_identifier, str, "rightIdentifier")

        on = d.pop("on", decode.MISSING)
        if type(on) is not str:
            on = decode.expect(on, str, "on")

        left_join = d.pop("leftJoin", decode.MISSING)
        if type(left_join) is not bool:
            left_join = decode.expect(left_join, bool, "leftJoin")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        table_join = cls.__new__(cls)
        table_join.id = id
        table_join.left_table_id = left_table_id
        table_join.left_identifier = left_identifier
        table_join.right_table_id = right_table_id
        table_join.right_identifier = right_identifier
        table_join.on = on
        table_join.left_join = left_join
        table_join.created_at = created_at
        table_join.updated_at = updated_at

        table_join.additional_properties = d if d else {}
        return table_join

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
