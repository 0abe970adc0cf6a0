from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportsCountsResponse200")


@_attrs_define
class ExportsCountsResponse200:
    """
    Attributes:
        label (str | Unset):
        total (int | Unset):
    """

    label: str | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label is not UNSET:
            field_dict["label"] = label
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        total = d.pop("total", UNSET)
        if type(total) is not int and total is not UNSET:
            total = decode.expect(total, int, "total")

        exports_counts_response_200 = cls.__new__(cls)
        exports_counts_response_200.label = label
        exports_counts_response_200.total = total

        exports_counts_response_200.additional_properties = d if d else {}
        return exports_counts_response_200

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
