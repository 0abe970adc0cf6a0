from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core._decode import model_repr
from ..models.mode import Mode, check_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpaceSettingsFilesConfig")


@_attrs_define
class SpaceSettingsFilesConfig:
    """
    Attributes:
        mode (Mode | str | Unset): Direction a file is stored for. Example: import.
    """

    mode: Mode | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_mode(d.pop("mode", UNSET), "mode")

        space_settings_files_config = cls.__new__(cls)
        space_settings_files_config.mode = mode

        space_settings_files_config.additional_properties = d if d else {}
        return space_settings_files_config

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
