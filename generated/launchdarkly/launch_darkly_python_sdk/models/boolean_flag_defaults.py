from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="BooleanFlagDefaults")


@_attrs_define
class BooleanFlagDefaults:
    """
    Attributes:
        true_display_name (str):
        false_display_name (str):
        true_description (str):
        false_description (str):
        on_variation (int):
        off_variation (int):
    """

    true_display_name: str
    false_display_name: str
    true_description: str
    false_description: str
    on_variation: int
    off_variation: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        true_display_name = self.true_display_name

        false_display_name = self.false_display_name

        true_description = self.true_description

        false_description = self.false_description

        on_variation = self.on_variation

        off_variation = self.off_variation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trueDisplayName": true_display_name,
                "falseDisplayName": false_display_name,
                "trueDescription": true_description,
                "falseDescription": false_description,
                "onVariation": on_variation,
                "offVariation": off_variation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        true_display_name = d.pop("trueDisplayName", decode.MISSING)
        if type(true_display_name) is not str:
            true_display_name = decode.expect(true_display_name, str, "trueDisplayName")

        false_display_name = d.pop("falseDisplayName", decode.MISSING)
        if type(false_display_name) is not str:
            false_display_name = decode.expect(false_display_name, str, "falseDisplayName")

        true_description = d.pop("trueDescription", decode.MISSING)
        if type(true_description) is not str:
            true_description = decode.expect(true_description, str, "trueDescription")

        false_description = d.pop("falseDescription", decode.MISSING)
        if type(false_description) is not str:
            false_description = decode.expect(false_description, str, "falseDescription")

        on_variation = d.pop("onVariation", decode.MISSING)
        if type(on_variation) is not int:
            on_variation = decode.expect(on_variation, int, "onVariation")

        off_variation = d.pop("offVariation", decode.MISSING)
        if type(off_variation) is not int:
            off_variation = decode.expect(off_variation, int, "offVariation")

        boolean_flag_defaults = cls.__new__(cls)
        boolean_flag_defaults.true_display_name = true_display_name
        boolean_flag_defaults.false_display_name = false_display_name
        boolean_flag_defaults.true_description = true_description
        boolean_flag_defaults.false_description = false_description
        boolean_flag_defaults.on_variation = on_variation
        boolean_flag_defaults.off_variation = off_variation

        boolean_flag_defaults.additional_properties = d if d else {}
        return boolean_flag_defaults

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
