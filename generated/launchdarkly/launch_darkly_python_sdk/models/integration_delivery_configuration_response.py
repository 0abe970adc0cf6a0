from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationDeliveryConfigurationResponse")


@_attrs_define
class IntegrationDeliveryConfigurationResponse:
    """
    Attributes:
        status_code (int | Unset):
        error (str | Unset):
        timestamp (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        response_body (str | Unset):
    """

    status_code: int | Unset = UNSET
    error: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    response_body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        error = self.error

        timestamp = self.timestamp

        response_body = self.response_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if error is not UNSET:
            field_dict["error"] = error
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if response_body is not UNSET:
            field_dict["responseBody"] = response_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("statusCode", UNSET)
        if type(status_code) is not int and status_code is not UNSET:
            status_code = decode.expect(status_code, int, "statusCode")

        error = d.pop("error", UNSET)
        if type(error) is not str and error is not UNSET:
            error = decode.expect(error, str, "error")

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = decode.expect(timestamp, int, "timestamp")

        response_body = d.pop("responseBody", UNSET)
        if type(response_body) is not str and response_body is not UNSET:
            response_body = decode.expect(response_body, str, "responseBody")

        integration_delivery_configuration_response = cls.__new__(cls)
        integration_delivery_configuration_response.status_code = status_code
        integration_delivery_configuration_response.error = error
        integration_delivery_configuration_response.timestamp = timestamp
        integration_delivery_configuration_response.response_body = response_body

        integration_delivery_configuration_response.additional_properties = d if d else {}
        return integration_delivery_configuration_response

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
