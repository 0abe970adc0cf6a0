from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberPropertyConfig")


@_attrs_define
class NumberPropertyConfig:
    """
    Attributes:
        decimal_places (int | Unset):
    """

    decimal_places: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        decimal_places = self.decimal_places

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if decimal_places is not UNSET:
            field_dict["decimalPlaces"] = decimal_places

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decimal_places = d.pop("decimalPlaces", UNSET)
        if type(decimal_places) is not int and decimal_places is not UNSET:
            decimal_places = decode.expect(decimal_places, int, "decimalPlaces")

        number_property_config = cls.__new__(cls)
        number_property_config.decimal_places = decimal_places

        number_property_config.additional_properties = d if d else {}
        return number_property_config

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
