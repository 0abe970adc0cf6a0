from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoreIntegrationError")


@_attrs_define
class StoreIntegrationError:
    """
    Attributes:
        status_code (int | Unset):
        message (str | Unset):
        timestamp (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
    """

    status_code: int | Unset = UNSET
    message: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message = self.message

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if message is not UNSET:
            field_dict["message"] = message
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("statusCode", UNSET)
        if type(status_code) is not int and status_code is not UNSET:
            status_code = decode.expect(status_code, int, "statusCode")

        message = d.pop("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = decode.expect(message, str, "message")

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = decode.expect(timestamp, int, "timestamp")

        store_integration_error = cls.__new__(cls)
        store_integration_error.status_code = status_code
        store_integration_error.message = message
        store_integration_error.timestamp = timestamp

        store_integration_error.additional_properties = d if d else {}
        return store_integration_error

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
