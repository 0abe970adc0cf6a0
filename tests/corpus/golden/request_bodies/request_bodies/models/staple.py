from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="Staple")


@_attrs_define
class Staple:
    """
    Attributes:
        kind (Literal["staple"]):  Default: "staple".
        staple_position (str):
    """

    staple_position: str
    kind: Literal["staple"] = "staple"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        staple_position = self.staple_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "staplePosition": staple_position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast('Literal["staple"]', decode.const(d.pop("kind", decode.MISSING), "staple", "kind"))

        staple_position = d.pop("staplePosition", decode.MISSING)
        if type(staple_position) is not str:
            staple_position = decode.expect(staple_position, str, "staplePosition")

        staple = cls.__new__(cls)
        staple.kind = kind
        staple.staple_position = staple_position

        staple.additional_properties = d if d else {}
        return staple

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
