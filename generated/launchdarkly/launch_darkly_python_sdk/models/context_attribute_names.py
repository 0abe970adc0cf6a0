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
    from ..models.context_attribute_name import ContextAttributeName


T = TypeVar("T", bound="ContextAttributeNames")


@_attrs_define
class ContextAttributeNames:
    """
    Attributes:
        kind (str):
        names (list[ContextAttributeName]):
    """

    kind: str
    names: list[ContextAttributeName]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        names = []
        for names_item_data in self.names:
            names_item = jsonable(names_item_data)
            names.append(names_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "names": names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind", decode.MISSING)
        if type(kind) is not str:
            kind = decode.expect(kind, str, "kind")

        names = decode.model_array(_models.ContextAttributeName.from_dict, d.pop("names", decode.MISSING), "names")

        context_attribute_names = cls.__new__(cls)
        context_attribute_names.kind = kind
        context_attribute_names.names = names

        context_attribute_names.additional_properties = d if d else {}
        return context_attribute_names

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
