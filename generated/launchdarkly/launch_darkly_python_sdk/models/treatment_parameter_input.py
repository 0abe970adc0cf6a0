from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="TreatmentParameterInput")


@_attrs_define
class TreatmentParameterInput:
    """
    Attributes:
        flag_key (str):
        variation_id (str):
    """

    flag_key: str
    variation_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        flag_key = self.flag_key

        variation_id = self.variation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flagKey": flag_key,
                "variationId": variation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flag_key = d.pop("flagKey", decode.MISSING)
        if type(flag_key) is not str:
            flag_key = decode.expect(flag_key, str, "flagKey")

        variation_id = d.pop("variationId", decode.MISSING)
        if type(variation_id) is not str:
            variation_id = decode.expect(variation_id, str, "variationId")

        treatment_parameter_input = cls.__new__(cls)
        treatment_parameter_input.flag_key = flag_key
        treatment_parameter_input.variation_id = variation_id

        treatment_parameter_input.additional_properties = d if d else {}
        return treatment_parameter_input

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
