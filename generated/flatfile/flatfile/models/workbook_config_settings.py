from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkbookConfigSettings")


@_attrs_define
class WorkbookConfigSettings:
    """Workbook behaviour switches.

    Attributes:
        track_changes (bool | Unset): Block actions while records are still being processed. Example: True.
        no_mapping_redirect (bool | Unset):
    """

    track_changes: bool | Unset = UNSET
    no_mapping_redirect: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        track_changes = self.track_changes

        no_mapping_redirect = self.no_mapping_redirect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if track_changes is not UNSET:
            field_dict["trackChanges"] = track_changes
        if no_mapping_redirect is not UNSET:
            field_dict["noMappingRedirect"] = no_mapping_redirect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        track_changes = d.pop("trackChanges", UNSET)
        if type(track_changes) is not bool and track_changes is not UNSET:
            track_changes = decode.expect(track_changes, bool, "trackChanges")

        no_mapping_redirect = d.pop("noMappingRedirect", UNSET)
        if type(no_mapping_redirect) is not bool and no_mapping_redirect is not UNSET:
            no_mapping_redirect = decode.expect(no_mapping_redirect, bool, "noMappingRedirect")

        workbook_config_settings = cls.__new__(cls)
        workbook_config_settings.track_changes = track_changes
        workbook_config_settings.no_mapping_redirect = no_mapping_redirect

        workbook_config_settings.additional_properties = d if d else {}
        return workbook_config_settings

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
