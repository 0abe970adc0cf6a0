from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotesTouchBody")


@_attrs_define
class NotesTouchBody:
    """
    Attributes:
        reason (str | Unset):
        pinned (bool | Unset):
    """

    reason: str | Unset = UNSET
    pinned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        pinned = self.pinned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if reason is not UNSET:
            field_dict["reason"] = reason
        if pinned is not UNSET:
            field_dict["pinned"] = pinned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)
        if type(reason) is not str and reason is not UNSET:
            reason = decode.expect(reason, str, "reason")

        pinned = d.pop("pinned", UNSET)
        if type(pinned) is not bool and pinned is not UNSET:
            pinned = decode.expect(pinned, bool, "pinned")

        notes_touch_body = cls.__new__(cls)
        notes_touch_body.reason = reason
        notes_touch_body.pinned = pinned

        notes_touch_body.additional_properties = d if d else {}
        return notes_touch_body

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
