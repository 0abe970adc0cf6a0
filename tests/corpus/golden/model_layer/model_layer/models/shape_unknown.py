from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShapeUnknown")


@_attrs_define
class ShapeUnknown:
    """A variant whose `kind` none of the known variants claims; its raw fields are kept in `additional_properties`.

    Attributes:
        kind (str | Unset):
    """

    kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)
        if type(kind) is not str and kind is not UNSET:
            kind = decode.expect(kind, str, "kind")

        shape_unknown = cls.__new__(cls)
        shape_unknown.kind = kind

        shape_unknown.additional_properties = d if d else {}
        return shape_unknown

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
