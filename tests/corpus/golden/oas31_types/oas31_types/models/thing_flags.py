from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="ThingFlags")


@_attrs_define
class ThingFlags:
    """A JSON object for which the API declares no fields."""

    additional_properties: dict[str, bool | None] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        thing_flags = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = prop_dict
            if additional_property is not None and type(additional_property) is not bool:
                additional_property = decode.expect(additional_property, bool, prop_name, "one of bool | None")

            additional_properties[prop_name] = additional_property

        thing_flags.additional_properties = additional_properties
        return thing_flags

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
