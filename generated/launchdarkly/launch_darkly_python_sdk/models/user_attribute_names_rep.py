from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAttributeNamesRep")


@_attrs_define
class UserAttributeNamesRep:
    """Attribute names seen on users, by category.

    Attributes:
        private (list[str] | Unset):
        custom (list[str] | Unset):  Example: ['plan'].
        standard (list[str] | Unset):  Example: ['key', 'email'].
    """

    private: list[str] | Unset = UNSET
    custom: list[str] | Unset = UNSET
    standard: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        private: list[str] | Unset = UNSET
        if not isinstance(self.private, Unset):
            private = self.private

        custom: list[str] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom

        standard: list[str] | Unset = UNSET
        if not isinstance(self.standard, Unset):
            standard = self.standard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if private is not UNSET:
            field_dict["private"] = private
        if custom is not UNSET:
            field_dict["custom"] = custom
        if standard is not UNSET:
            field_dict["standard"] = standard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        private = d.pop("private", UNSET)
        if private is not UNSET:
            private = decode.scalar_array(private, str, "private")

        custom = d.pop("custom", UNSET)
        if custom is not UNSET:
            custom = decode.scalar_array(custom, str, "custom")

        standard = d.pop("standard", UNSET)
        if standard is not UNSET:
            standard = decode.scalar_array(standard, str, "standard")

        user_attribute_names_rep = cls.__new__(cls)
        user_attribute_names_rep.private = private
        user_attribute_names_rep.custom = custom
        user_attribute_names_rep.standard = standard

        user_attribute_names_rep.additional_properties = d if d else {}
        return user_attribute_names_rep

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
