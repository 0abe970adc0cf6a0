from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="LayerSnapshotRep")


@_attrs_define
class LayerSnapshotRep:
    """
    Attributes:
        key (str):
        name (str):
        reservation_percent (int):
        other_reservation_percent (int):
    """

    key: str
    name: str
    reservation_percent: int
    other_reservation_percent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        reservation_percent = self.reservation_percent

        other_reservation_percent = self.other_reservation_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "reservationPercent": reservation_percent,
                "otherReservationPercent": other_reservation_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        reservation_percent = d.pop("reservationPercent", decode.MISSING)
        if type(reservation_percent) is not int:
            reservation_percent = decode.expect(reservation_percent, int, "reservationPercent")

        other_reservation_percent = d.pop("otherReservationPercent", decode.MISSING)
        if type(other_reservation_percent) is not int:
            other_reservation_percent = decode.expect(other_reservation_percent, int, "otherReservationPercent")

        layer_snapshot_rep = cls.__new__(cls)
        layer_snapshot_rep.key = key
        layer_snapshot_rep.name = name
        layer_snapshot_rep.reservation_percent = reservation_percent
        layer_snapshot_rep.other_reservation_percent = other_reservation_percent

        layer_snapshot_rep.additional_properties = d if d else {}
        return layer_snapshot_rep

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
