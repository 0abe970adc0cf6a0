from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parameter_rep import ParameterRep


T = TypeVar("T", bound="TreatmentRep")


@_attrs_define
class TreatmentRep:
    """
    Attributes:
        name (str):
        allocation_percent (str):
        field_id (str | Unset):
        baseline (bool | Unset):
        parameters (list[ParameterRep] | Unset):
    """

    name: str
    allocation_percent: str
    field_id: str | Unset = UNSET
    baseline: bool | Unset = UNSET
    parameters: list[ParameterRep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        allocation_percent = self.allocation_percent

        field_id = self.field_id

        baseline = self.baseline

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = jsonable(parameters_item_data)
                parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "allocationPercent": allocation_percent,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        allocation_percent = d.pop("allocationPercent", decode.MISSING)
        if type(allocation_percent) is not str:
            allocation_percent = decode.expect(allocation_percent, str, "allocationPercent")

        field_id = d.pop("_id", UNSET)
        if type(field_id) is not str and field_id is not UNSET:
            field_id = decode.expect(field_id, str, "_id")

        baseline = d.pop("baseline", UNSET)
        if type(baseline) is not bool and baseline is not UNSET:
            baseline = decode.expect(baseline, bool, "baseline")

        parameters = d.pop("parameters", UNSET)
        if parameters is not UNSET:
            parameters = decode.model_array(_models.ParameterRep.from_dict, parameters, "parameters")

        treatment_rep = cls.__new__(cls)
        treatment_rep.name = name
        treatment_rep.allocation_percent = allocation_percent
        treatment_rep.field_id = field_id
        treatment_rep.baseline = baseline
        treatment_rep.parameters = parameters

        treatment_rep.additional_properties = d if d else {}
        return treatment_rep

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
