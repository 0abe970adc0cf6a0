from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Progress")


@_attrs_define
class Progress:
    """Progress counters.

    Attributes:
        current (int | Unset):
        total (int | Unset):
        percent (int | Unset):
    """

    current: int | Unset = UNSET
    total: int | Unset = UNSET
    percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        total = self.total

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if current is not UNSET:
            field_dict["current"] = current
        if total is not UNSET:
            field_dict["total"] = total
        if percent is not UNSET:
            field_dict["percent"] = percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current = d.pop("current", UNSET)
        if type(current) is not int and current is not UNSET:
            current = decode.expect(current, int, "current")

        total = d.pop("total", UNSET)
        if type(total) is not int and total is not UNSET:
            total = decode.expect(total, int, "total")

        percent = d.pop("percent", UNSET)
        if type(percent) is not int and percent is not UNSET:
            percent = decode.expect(percent, int, "percent")

        progress = cls.__new__(cls)
        progress.current = current
        progress.total = total
        progress.percent = percent

        progress.additional_properties = d if d else {}
        return progress

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
