from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.reference_property_config_relationship import (
    ReferencePropertyConfigRelationship,
    check_reference_property_config_relationship,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferencePropertyConfig")


@_attrs_define
class ReferencePropertyConfig:
    """Target of a reference field.

    Attributes:
        ref (str): Slug of the sheet being linked to. Example: contacts.
        key (str): Field on that sheet to match. Example: email.
        relationship (ReferencePropertyConfigRelationship | str | Unset):
    """

    ref: str
    key: str
    relationship: ReferencePropertyConfigRelationship | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        ref = self.ref

        key = self.key

        relationship: str | Unset = UNSET
        if not isinstance(self.relationship, Unset):
            relationship = self.relationship

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ref": ref,
                "key": key,
            }
        )
        if relationship is not UNSET:
            field_dict["relationship"] = relationship

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ref = d.pop("ref", decode.MISSING)
        if type(ref) is not str:
            ref = decode.expect(ref, str, "ref")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        relationship = check_reference_property_config_relationship(d.pop("relationship", UNSET), "relationship")

        reference_property_config = cls.__new__(cls)
        reference_property_config.ref = ref
        reference_property_config.key = key
        reference_property_config.relationship = relationship

        reference_property_config.additional_properties = d if d else {}
        return reference_property_config

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
