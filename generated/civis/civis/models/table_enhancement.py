from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="TableEnhancement")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class TableEnhancement(ResponseMetadata):
    """
    Attributes:
        type_ (str):
        created_at (str):
        updated_at (str):
        join_id (int):
    """

    type_: str
    created_at: str
    updated_at: str
    join_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        created_at = self.created_at

        updated_at = self.updated_at

        join_id = self.join_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "joinId": join_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        join_id = d.pop("joinId", decode.MISSING)
        if type(join_id) is not int:
            join_id = decode.expect(join_id, int, "joinId")

        table_enhancement = cls.__new__(cls)
        table_enhancement.type_ = type_
        table_enhancement.created_at = created_at
        table_enhancement.updated_at = updated_at
        table_enhancement.join_id = join_id

        table_enhancement.additional_properties = d if d else {}
        return table_enhancement

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
