from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="MetricInMetricGroupInput")


@_attrs_define
class MetricInMetricGroupInput:
    """
    Attributes:
        key (str):
        name_in_group (str):
    """

    key: str
    name_in_group: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name_in_group = self.name_in_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "nameInGroup": name_in_group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name_in_group = d.pop("nameInGroup", decode.MISSING)
        if type(name_in_group) is not str:
            name_in_group = decode.expect(name_in_group, str, "nameInGroup")

        metric_in_metric_group_input = cls.__new__(cls)
        metric_in_metric_group_input.key = key
        metric_in_metric_group_input.name_in_group = name_in_group

        metric_in_metric_group_input.additional_properties = d if d else {}
        return metric_in_metric_group_input

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
