from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="Parcel")


@_attrs_define
class Parcel:
    """
    Attributes:
        unit (Literal['kg']):  Default: 'kg'.
        weight (float):
    """

    weight: float
    unit: Literal["kg"] = "kg"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        unit = self.unit

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit": unit,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit = cast("Literal['kg']", decode.const(d.pop("unit", decode.MISSING), "kg", "unit"))

        weight = d.pop("weight", decode.MISSING)
        if type(weight) is not float:
            weight = decode.expect(weight, float, "weight")

        parcel = cls.__new__(cls)
        parcel.unit = unit
        parcel.weight = weight

        parcel.additional_properties = d if d else {}
        return parcel

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
