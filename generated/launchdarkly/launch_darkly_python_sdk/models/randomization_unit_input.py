from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RandomizationUnitInput")


@_attrs_define
class RandomizationUnitInput:
    """
    Attributes:
        randomization_unit (str):
        default (bool | Unset):
        standard_randomization_unit (str | Unset):
    """

    randomization_unit: str
    default: bool | Unset = UNSET
    standard_randomization_unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        randomization_unit = self.randomization_unit

        default = self.default

        standard_randomization_unit = self.standard_randomization_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "randomizationUnit": randomization_unit,
            }
        )
        if default is not UNSET:
            field_dict["default"] = default
        if standard_randomization_unit is not UNSET:
            field_dict["standardRandomizationUnit"] = standard_randomization_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        randomization_unit = d.pop("randomizationUnit", decode.MISSING)
        if type(randomization_unit) is not str:
            randomization_unit = decode.expect(randomization_unit, str, "randomizationUnit")

        default = d.pop("default", UNSET)
        if type(default) is not bool and default is not UNSET:
            default = decode.expect(default, bool, "default")

        standard_randomization_unit = d.pop("standardRandomizationUnit", UNSET)
        if type(standard_randomization_unit) is not str and standard_randomization_unit is not UNSET:
            standard_randomization_unit = decode.expect(standard_randomization_unit, str, "standardRandomizationUnit")

        randomization_unit_input = cls.__new__(cls)
        randomization_unit_input.randomization_unit = randomization_unit
        randomization_unit_input.default = default
        randomization_unit_input.standard_randomization_unit = standard_randomization_unit

        randomization_unit_input.additional_properties = d if d else {}
        return randomization_unit_input

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
