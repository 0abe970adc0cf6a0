from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RateLimitedErrorRep")


@_attrs_define
class RateLimitedErrorRep:
    """Too many requests were made.

    Attributes:
        code (str):  Example: rate_limited.
        message (str):  Example: Too many requests; slow down.
        id (str | Unset): Request identifier for support. Example: 7c9e6679-7425-40de-944b-e07fc1f90ae7.
    """

    code: str
    message: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", decode.MISSING)
        if type(code) is not str:
            code = decode.expect(code, str, "code")

        message = d.pop("message", decode.MISSING)
        if type(message) is not str:
            message = decode.expect(message, str, "message")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        rate_limited_error_rep = cls.__new__(cls)
        rate_limited_error_rep.code = code
        rate_limited_error_rep.message = message
        rate_limited_error_rep.id = id

        rate_limited_error_rep.additional_properties = d if d else {}
        return rate_limited_error_rep

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
