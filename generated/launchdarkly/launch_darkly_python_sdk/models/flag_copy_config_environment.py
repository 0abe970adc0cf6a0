from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlagCopyConfigEnvironment")


@_attrs_define
class FlagCopyConfigEnvironment:
    """An environment and, optionally, the flag version expected there.

    Attributes:
        key (str):  Example: staging.
        current_version (int | Unset):
    """

    key: str
    current_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        current_version = self.current_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if current_version is not UNSET:
            field_dict["currentVersion"] = current_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        current_version = d.pop("currentVersion", UNSET)
        if type(current_version) is not int and current_version is not UNSET:
            current_version = decode.expect(current_version, int, "currentVersion")

        flag_copy_config_environment = cls.__new__(cls)
        flag_copy_config_environment.key = key
        flag_copy_config_environment.current_version = current_version

        flag_copy_config_environment.additional_properties = d if d else {}
        return flag_copy_config_environment

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
