from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="FlagDefaultsOnOff")


@_attrs_define
class FlagDefaultsOnOff:
    """Variations served by default when on and off.

    Attributes:
        on_variation (int):  Example: 0.
        off_variation (int):  Example: 1.
    """

    on_variation: int
    off_variation: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        on_variation = self.on_variation

        off_variation = self.off_variation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "onVariation": on_variation,
                "offVariation": off_variation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on_variation = d.pop("onVariation", decode.MISSING)
        if type(on_variation) is not int:
            on_variation = decode.expect(on_variation, int, "onVariation")

        off_variation = d.pop("offVariation", decode.MISSING)
        if type(off_variation) is not int:
            off_variation = decode.expect(off_variation, int, "offVariation")

        flag_defaults_on_off = cls.__new__(cls)
        flag_defaults_on_off.on_variation = on_variation
        flag_defaults_on_off.off_variation = off_variation

        flag_defaults_on_off.additional_properties = d if d else {}
        return flag_defaults_on_off

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
