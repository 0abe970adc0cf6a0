from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MetricInput")


@_attrs_define
class MetricInput:
    """
    Attributes:
        key (str):
        is_group (bool | Unset):
        primary (bool | Unset):
    """

    key: str
    is_group: bool | Unset = UNSET
    primary: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        is_group = self.is_group

        primary = self.primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if is_group is not UNSET:
            field_dict["isGroup"] = is_group
        if primary is not UNSET:
            field_dict["primary"] = primary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        is_group = d.pop("isGroup", UNSET)
        if type(is_group) is not bool and is_group is not UNSET:
            is_group = decode.expect(is_group, bool, "isGroup")

        primary = d.pop("primary", UNSET)
        if type(primary) is not bool and primary is not UNSET:
            primary = decode.expect(primary, bool, "primary")

        metric_input = cls.__new__(cls)
        metric_input.key = key
        metric_input.is_group = is_group
        metric_input.primary = primary

        metric_input.additional_properties = d if d else {}
        return metric_input

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
