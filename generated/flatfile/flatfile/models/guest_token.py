from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="GuestToken")


@_attrs_define
class GuestToken:
    """Access token for a guest.

    Attributes:
        token (str):
        valid (bool):
    """

    token: str
    valid: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "valid": valid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", decode.MISSING)
        if type(token) is not str:
            token = decode.expect(token, str, "token")

        valid = d.pop("valid", decode.MISSING)
        if type(valid) is not bool:
            valid = decode.expect(valid, bool, "valid")

        guest_token = cls.__new__(cls)
        guest_token.token = token
        guest_token.valid = valid

        guest_token.additional_properties = d if d else {}
        return guest_token

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
