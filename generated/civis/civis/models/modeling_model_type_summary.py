from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="ModelingModelTypeSummary")


@_attrs_define(slots=False)
class ModelingModelTypeSummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        algorithm (str):
        dv_type (str):
        fint_allowed (bool):
    """

    id: int
    algorithm: str
    dv_type: str
    fint_allowed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        algorithm = self.algorithm

        dv_type = self.dv_type

        fint_allowed = self.fint_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "algorithm": algorithm,
                "dvType": dv_type,
                "fintAllowed": fint_allowed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        algorithm = d.pop("algorithm", decode.MISSING)
        if type(algorithm) is not str:
            algorithm = decode.expect(algorithm, str, "algorithm")

        dv_type = d.pop("dvType", decode.MISSING)
        if type(dv_type) is not str:
            dv_type = decode.expect(dv_type, str, "dvType")

        fint_allowed = d.pop("fintAllowed", decode.MISSING)
        if type(fint_allowed) is not bool:
            fint_allowed = decode.expect(fint_allowed, bool, "fintAllowed")

        modeling_model_type_summary = cls.__new__(cls)
        modeling_model_type_summary.id = id
        modeling_model_type_summary.algorithm = algorithm
        modeling_model_type_summary.dv_type = dv_type
        modeling_model_type_summary.fint_allowed = fint_allowed

        modeling_model_type_summary.additional_properties = d if d else {}
        return modeling_model_type_summary

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
