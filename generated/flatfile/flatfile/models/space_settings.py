from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.space_settings_files_config import SpaceSettingsFilesConfig
    from ..models.space_settings_sidebar_config import SpaceSettingsSidebarConfig


T = TypeVar("T", bound="SpaceSettings")


@_attrs_define
class SpaceSettings:
    """UI settings for a space.

    Attributes:
        sidebar_config (SpaceSettingsSidebarConfig | Unset):
        files_config (SpaceSettingsFilesConfig | Unset):
    """

    sidebar_config: SpaceSettingsSidebarConfig | Unset = UNSET
    files_config: SpaceSettingsFilesConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        sidebar_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sidebar_config, Unset):
            sidebar_config = jsonable(self.sidebar_config)

        files_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.files_config, Unset):
            files_config = jsonable(self.files_config)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sidebar_config is not UNSET:
            field_dict["sidebarConfig"] = sidebar_config
        if files_config is not UNSET:
            field_dict["filesConfig"] = files_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sidebar_config = d.pop("sidebarConfig", UNSET)
        if sidebar_config is not UNSET:
            sidebar_config = decode.model(_models.SpaceSettingsSidebarConfig.from_dict, sidebar_config, "sidebarConfig")

        files_config = d.pop("filesConfig", UNSET)
        if files_config is not UNSET:
            files_config = decode.model(_models.SpaceSettingsFilesConfig.from_dict, files_config, "filesConfig")

        space_settings = cls.__new__(cls)
        space_settings.sidebar_config = sidebar_config
        space_settings.files_config = files_config

        space_settings.additional_properties = d if d else {}
        return space_settings

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
