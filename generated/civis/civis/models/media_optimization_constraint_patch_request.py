from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaOptimizationConstraintPatchRequest")


@_attrs_define(slots=False)
class MediaOptimizationConstraintPatchRequest(ResponseMetadata):
    """
    Attributes:
        targets (list[str] | Unset):
        budget (float | Unset):
        frequency (float | Unset):
    """

    targets: list[str] | Unset = UNSET
    budget: float | Unset = UNSET
    frequency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        targets: list[str] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        budget = self.budget

        frequency = self.frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if targets is not UNSET:
            field_dict["targets"] = targets
        if budget is not UNSET:
            field_dict["budget"] = budget
        if frequency is not UNSET:
            field_dict["frequency"] = frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        targets = d.pop("targets", UNSET)
        if targets is not UNSET:
            targets = decode.scalar_array(targets, str, "targets")

        budget = d.pop("budget", UNSET)
        if type(budget) is not float and budget is not UNSET:
            budget = decode.expect(budget, float, "budget")

        frequency = d.pop("frequency", UNSET)
        if type(frequency) is not float and frequency is not UNSET:
            frequency = decode.expect(frequency, float, "frequency")

        media_optimization_constraint_patch_request = cls.__new__(cls)
        media_optimization_constraint_patch_request.targets = targets
        media_optimization_constraint_patch_request.budget = budget
        media_optimization_constraint_patch_request.frequency = frequency

        media_optimization_constraint_patch_request.additional_properties = d if d else {}
        return media_optimization_constraint_patch_request

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
