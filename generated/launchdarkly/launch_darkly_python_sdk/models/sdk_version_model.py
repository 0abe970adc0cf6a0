from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="SdkVersion")


@_attrs_define
class SdkVersion:
    """One SDK name and version pair.

    Attributes:
        sdk_name (str):  Example: node-server.
        sdk_version (str):  Example: 9.0.1.
    """

    sdk_name: str
    sdk_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        sdk_name = self.sdk_name

        sdk_version = self.sdk_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sdkName": sdk_name,
                "sdkVersion": sdk_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sdk_name = d.pop("sdkName", decode.MISSING)
        if type(sdk_name) is not str:
            sdk_name = decode.expect(sdk_name, str, "sdkName")

        sdk_version = d.pop("sdkVersion", decode.MISSING)
        if type(sdk_version) is not str:
            sdk_version = decode.expect(sdk_version, str, "sdkVersion")

        sdk_version_model = cls.__new__(cls)
        sdk_version_model.sdk_name = sdk_name
        sdk_version_model.sdk_version = sdk_version

        sdk_version_model.additional_properties = d if d else {}
        return sdk_version_model

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
