from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldDefinitionWithIncludesUnknown")


@_attrs_define
class FieldDefinitionWithIncludesUnknown:
    """A variant whose `field_type` none of the known variants claims; its raw fields are kept in `additional_properties`.

    Attributes:
        field_type (str | Unset):
    """

    field_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_type = self.field_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_type is not UNSET:
            field_dict["field_type"] = field_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_type = d.pop("field_type", UNSET)
        if type(field_type) is not str and field_type is not UNSET:
            field_type = decode.expect(field_type, str, "field_type")

        field_definition_with_includes_unknown = cls.__new__(cls)
        field_definition_with_includes_unknown.field_type = field_type

        field_definition_with_includes_unknown.additional_properties = d if d else {}
        return field_definition_with_includes_unknown

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
