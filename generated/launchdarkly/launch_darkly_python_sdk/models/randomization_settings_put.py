from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.randomization_unit_input import RandomizationUnitInput


T = TypeVar("T", bound="RandomizationSettingsPut")


@_attrs_define
class RandomizationSettingsPut:
    """
    Attributes:
        randomization_units (list[RandomizationUnitInput]):
    """

    randomization_units: list[RandomizationUnitInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        randomization_units = []
        for randomization_units_item_data in self.randomization_units:
            randomization_units_item = jsonable(randomization_units_item_data)
            randomization_units.append(randomization_units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "randomizationUnits": randomization_units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        randomization_units = decode.model_array(
            _models.RandomizationUnitInput.from_dict, d.pop("randomizationUnits", decode.MISSING), "randomizationUnits"
        )

        randomization_settings_put = cls.__new__(cls)
        randomization_settings_put.randomization_units = randomization_units

        randomization_settings_put.additional_properties = d if d else {}
        return randomization_settings_put

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
