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
    from ..models.treatment_parameter_input import TreatmentParameterInput


T = TypeVar("T", bound="TreatmentInput")


@_attrs_define
class TreatmentInput:
    """
    Attributes:
        name (str):
        baseline (bool):
        allocation_percent (str):
        parameters (list[TreatmentParameterInput]):
    """

    name: str
    baseline: bool
    allocation_percent: str
    parameters: list[TreatmentParameterInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        baseline = self.baseline

        allocation_percent = self.allocation_percent

        parameters = []
        for parameters_item_data in self.parameters:
            parameters_item = jsonable(parameters_item_data)
            parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "baseline": baseline,
                "allocationPercent": allocation_percent,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        baseline = d.pop("baseline", decode.MISSING)
        if type(baseline) is not bool:
            baseline = decode.expect(baseline, bool, "baseline")

        allocation_percent = d.pop("allocationPercent", decode.MISSING)
        if type(allocation_percent) is not str:
            allocation_percent = decode.expect(allocation_percent, str, "allocationPercent")

        parameters = decode.model_array(
            _models.TreatmentParameterInput.from_dict, d.pop("parameters", decode.MISSING), "parameters"
        )

        treatment_input = cls.__new__(cls)
        treatment_input.name = name
        treatment_input.baseline = baseline
        treatment_input.allocation_percent = allocation_percent
        treatment_input.parameters = parameters

        treatment_input.additional_properties = d if d else {}
        return treatment_input

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
