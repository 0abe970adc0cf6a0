from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="ThingMeta")


@_attrs_define
class ThingMeta:
    """A JSON object for which the API declares no fields."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        thing_meta = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = prop_dict
            if type(additional_property) is not str:
                additional_property = decode.expect(additional_property, str, prop_name)

            additional_properties[prop_name] = additional_property

        thing_meta.additional_properties = additional_properties
        return thing_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
