from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    """
    Attributes:
        theme (str | Unset):
        size (int | Unset):
    """

    theme: str | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        theme = self.theme

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if theme is not UNSET:
            field_dict["theme"] = theme
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        theme = d.pop("theme", UNSET)
        if type(theme) is not str and theme is not UNSET:
            theme = decode.expect(theme, str, "theme")

        size = d.pop("size", UNSET)
        if type(size) is not int and size is not UNSET:
            size = decode.expect(size, int, "size")

        settings = cls.__new__(cls)
        settings.theme = theme
        settings.size = size

        settings.additional_properties = d if d else {}
        return settings

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
