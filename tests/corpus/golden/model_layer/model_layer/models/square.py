from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Square")


@_attrs_define
class Square:
    """
    Attributes:
        kind (Literal["square"]):
        side (float):
        unit (Literal["cm"] | Unset):
    """

    kind: Literal["square"]
    side: float
    unit: Literal["cm"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        side = self.side

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "side": side,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["square"], d.pop("kind"))
        if kind != "square":
            raise TypeError(f"Unexpected value {kind!r}. Expected 'square'")

        side = d.pop("side")

        unit = cast(Literal["cm"] | Unset, d.pop("unit", UNSET))
        if unit != "cm" and not isinstance(unit, Unset):
            raise TypeError(f"Unexpected value {unit!r}. Expected 'cm'")

        square = cls(
            kind=kind,
            side=side,
            unit=unit,
        )

        square.additional_properties = d
        return square

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
