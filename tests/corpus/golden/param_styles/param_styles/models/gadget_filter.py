from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GadgetFilter")


@_attrs_define
class GadgetFilter:
    """
    Attributes:
        kind (str | Unset):
        max_price (int | Unset):
    """

    kind: str | Unset = UNSET
    max_price: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        max_price = self.max_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if kind is not UNSET:
            field_dict["kind"] = kind
        if max_price is not UNSET:
            field_dict["max_price"] = max_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)
        if type(kind) is not str and kind is not UNSET:
            kind = decode.expect(kind, str, "kind")

        max_price = d.pop("max_price", UNSET)
        if type(max_price) is not int and max_price is not UNSET:
            max_price = decode.expect(max_price, int, "max_price")

        gadget_filter = cls.__new__(cls)
        gadget_filter.kind = kind
        gadget_filter.max_price = max_price

        gadget_filter.additional_properties = d if d else {}
        return gadget_filter

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
