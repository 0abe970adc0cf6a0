from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="BooleanPropertyConfig")


@_attrs_define
class BooleanPropertyConfig:
    """
    Attributes:
        allow_indeterminate (bool):
    """

    allow_indeterminate: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        allow_indeterminate = self.allow_indeterminate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowIndeterminate": allow_indeterminate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_indeterminate = d.pop("allowIndeterminate", decode.MISSING)
        if type(allow_indeterminate) is not bool:
            allow_indeterminate = decode.expect(allow_indeterminate, bool, "allowIndeterminate")

        boolean_property_config = cls.__new__(cls)
        boolean_property_config.allow_indeterminate = allow_indeterminate

        boolean_property_config.additional_properties = d if d else {}
        return boolean_property_config

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
