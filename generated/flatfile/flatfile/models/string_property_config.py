from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core._decode import model_repr
from ..models.string_property_config_size import StringPropertyConfigSize, check_string_property_config_size
from ..types import UNSET, Unset

T = TypeVar("T", bound="StringPropertyConfig")


@_attrs_define
class StringPropertyConfig:
    """
    Attributes:
        size (StringPropertyConfigSize | str | Unset):
    """

    size: StringPropertyConfigSize | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size = check_string_property_config_size(d.pop("size", UNSET), "size")

        string_property_config = cls.__new__(cls)
        string_property_config.size = size

        string_property_config.additional_properties = d if d else {}
        return string_property_config

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
