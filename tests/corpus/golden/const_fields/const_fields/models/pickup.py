from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..types import UNSET, Unset

T = TypeVar("T", bound="Pickup")


@plain_names({"type": "type_"})
@_attrs_define
class Pickup:
    """
    Attributes:
        type_ (Literal["pickup"]):  Default: "pickup".
        window (str):
        sealed (bool | Unset):
    """

    window: str
    type_: Literal["pickup"] = "pickup"
    sealed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        window = self.window

        sealed = self.sealed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "window": window,
            }
        )
        if sealed is not UNSET:
            field_dict["sealed"] = sealed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast('Literal["pickup"]', decode.const(d.pop("type", decode.MISSING), "pickup", "type"))

        window = d.pop("window", decode.MISSING)
        if type(window) is not str:
            window = decode.expect(window, str, "window")

        sealed = d.pop("sealed", UNSET)
        if type(sealed) is not bool and sealed is not UNSET:
            sealed = decode.expect(sealed, bool, "sealed")

        pickup = cls.__new__(cls)
        pickup.type_ = type_
        pickup.window = window
        pickup.sealed = sealed

        pickup.additional_properties = d if d else {}
        return pickup

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
