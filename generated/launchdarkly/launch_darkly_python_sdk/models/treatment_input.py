from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.treatment_parameter_input import TreatmentParameterInput  # noqa: PLC0415

        d = dict(src_dict)
        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        baseline = decode.expect(d.pop("baseline", decode.MISSING), bool, "baseline")

        allocation_percent = decode.expect(d.pop("allocationPercent", decode.MISSING), str, "allocationPercent")

        _parameters = d.pop("parameters", decode.MISSING)
        parameters: list[TreatmentParameterInput]
        if isinstance(_parameters, list):
            parameters = []
            for parameters_index, parameters_item_data in enumerate(_parameters):
                with decode.at("parameters", parameters_index):
                    parameters_item = decode.model(TreatmentParameterInput.from_dict, parameters_item_data)

                parameters.append(parameters_item)
        else:
            parameters = decode.mismatch("an array", _parameters, "parameters")

        treatment_input = cls(
            name=name,
            baseline=baseline,
            allocation_percent=allocation_percent,
            parameters=parameters,
        )

        treatment_input.additional_properties = d
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
