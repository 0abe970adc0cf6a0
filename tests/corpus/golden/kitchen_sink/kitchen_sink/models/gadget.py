from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Gadget")


@_attrs_define
class Gadget:
    """
    Attributes:
        kind (Literal['gadget']):  Default: 'gadget'.
        power (float | Unset):
    """

    kind: Literal["gadget"] = "gadget"
    power: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        power = self.power

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if power is not UNSET:
            field_dict["power"] = power

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast("Literal['gadget']", decode.const(d.pop("kind", decode.MISSING), "gadget", "kind"))

        power = d.pop("power", UNSET)
        if type(power) is not float and power is not UNSET:
            power = decode.expect(power, float, "power")

        gadget = cls.__new__(cls)
        gadget.kind = kind
        gadget.power = power

        gadget.additional_properties = d if d else {}
        return gadget

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
