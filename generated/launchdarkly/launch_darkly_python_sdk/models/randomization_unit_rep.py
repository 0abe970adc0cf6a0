from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RandomizationUnitRep")


@_attrs_define
class RandomizationUnitRep:
    """
    Attributes:
        randomization_unit (str | Unset):
        default (bool | Unset):
        field_hidden (bool | Unset):
        field_display_name (str | Unset):
    """

    randomization_unit: str | Unset = UNSET
    default: bool | Unset = UNSET
    field_hidden: bool | Unset = UNSET
    field_display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        randomization_unit = self.randomization_unit

        default = self.default

        field_hidden = self.field_hidden

        field_display_name = self.field_display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if randomization_unit is not UNSET:
            field_dict["randomizationUnit"] = randomization_unit
        if default is not UNSET:
            field_dict["default"] = default
        if field_hidden is not UNSET:
            field_dict["_hidden"] = field_hidden
        if field_display_name is not UNSET:
            field_dict["_displayName"] = field_display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        randomization_unit = d.pop("randomizationUnit", UNSET)
        if type(randomization_unit) is not str and randomization_unit is not UNSET:
            randomization_unit = decode.expect(randomization_unit, str, "randomizationUnit")

        default = d.pop("default", UNSET)
        if type(default) is not bool and default is not UNSET:
            default = decode.expect(default, bool, "default")

        field_hidden = d.pop("_hidden", UNSET)
        if type(field_hidden) is not bool and field_hidden is not UNSET:
            field_hidden = decode.expect(field_hidden, bool, "_hidden")

        field_display_name = d.pop("_displayName", UNSET)
        if type(field_display_name) is not str and field_display_name is not UNSET:
            field_display_name = decode.expect(field_display_name, str, "_displayName")

        randomization_unit_rep = cls.__new__(cls)
        randomization_unit_rep.randomization_unit = randomization_unit
        randomization_unit_rep.default = default
        randomization_unit_rep.field_hidden = field_hidden
        randomization_unit_rep.field_display_name = field_display_name

        randomization_unit_rep.additional_properties = d if d else {}
        return randomization_unit_rep

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
