from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Square")


@_attrs_define
class Square:
    """
    Attributes:
        kind (Literal["square"]):  Default: "square".
        side (float):
        unit (Literal["cm"] | None | Unset):
    """

    side: float
    kind: Literal["square"] = "square"
    unit: Literal["cm"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        side = self.side

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        elif isinstance(self.unit, str):
            unit = self.unit
        else:
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
        kind = cast('Literal["square"]', decode.const(d.pop("kind", decode.MISSING), "square", "kind"))

        side = d.pop("side", decode.MISSING)
        if type(side) is not float:
            side = decode.expect(side, float, "side")

        def _parse_unit(data: object) -> Literal["cm"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    unit_type_1 = cast('Literal["cm"]', decode.const(data, "cm"))

                return unit_type_1
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast('Literal["cm"] | None | Unset', decode.mismatch('one of Literal["cm"] | None', data, "unit"))

        unit = d.pop("unit", UNSET)
        if unit is not UNSET:
            unit = _parse_unit(unit)

        square = cls.__new__(cls)
        square.kind = kind
        square.side = side
        square.unit = unit

        square.additional_properties = d if d else {}
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
