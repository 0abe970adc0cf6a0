from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="MediaOptimizationConstraint")


@_attrs_define(slots=False)
class MediaOptimizationConstraint(ResponseMetadata):
    """
    Attributes:
        targets (list[str]):
        budget (float):
        frequency (float):
    """

    targets: list[str]
    budget: float
    frequency: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        targets = self.targets

        budget = self.budget

        frequency = self.frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targets": targets,
                "budget": budget,
                "frequency": frequency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        targets = decode.scalar_array(d.pop("targets", decode.MISSING), str, "targets")

        budget = d.pop("budget", decode.MISSING)
        if type(budget) is not float:
            budget = decode.expect(budget, float, "budget")

        frequency = d.pop("frequency", decode.MISSING)
        if type(frequency) is not float:
            frequency = decode.expect(frequency, float, "frequency")

        media_optimization_constraint = cls.__new__(cls)
        media_optimization_constraint.targets = targets
        media_optimization_constraint.budget = budget
        media_optimization_constraint.frequency = frequency

        media_optimization_constraint.additional_properties = d if d else {}
        return media_optimization_constraint

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
