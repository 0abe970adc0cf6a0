from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="ScriptSimpleAlias")


@_attrs_define(slots=False)
class ScriptSimpleAlias(ResponseMetadata):
    """
    Attributes:
        id (int):
        object_id (int):
        alias (str):
    """

    id: int
    object_id: int
    alias: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_id = self.object_id

        alias = self.alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "objectId": object_id,
                "alias": alias,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        object_id = d.pop("objectId", decode.MISSING)
        if type(object_id) is not int:
            object_id = decode.expect(object_id, int, "objectId")

        alias = d.pop("alias", decode.MISSING)
        if type(alias) is not str:
            alias = decode.expect(alias, str, "alias")

        script_simple_alias = cls.__new__(cls)
        script_simple_alias.id = id
        script_simple_alias.object_id = object_id
        script_simple_alias.alias = alias

        script_simple_alias.additional_properties = d if d else {}
        return script_simple_alias

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
