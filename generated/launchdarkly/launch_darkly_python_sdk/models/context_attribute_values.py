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
    from ..models.context_attribute_value import ContextAttributeValue


T = TypeVar("T", bound="ContextAttributeValues")


@_attrs_define
class ContextAttributeValues:
    """
    Attributes:
        kind (str):
        values (list[ContextAttributeValue]):
    """

    kind: str
    values: list[ContextAttributeValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        values = []
        for values_item_data in self.values:
            values_item = jsonable(values_item_data)
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind", decode.MISSING)
        if type(kind) is not str:
            kind = decode.expect(kind, str, "kind")

        values = decode.model_array(_models.ContextAttributeValue.from_dict, d.pop("values", decode.MISSING), "values")

        context_attribute_values = cls.__new__(cls)
        context_attribute_values.kind = kind
        context_attribute_values.values = values

        context_attribute_values.additional_properties = d if d else {}
        return context_attribute_values

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
