from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="IpList")


@_attrs_define
class IpList:
    """Address ranges LaunchDarkly uses.

    Attributes:
        addresses (list[str]):  Example: ['203.0.113.0/24'].
        outbound_addresses (list[str]):  Example: ['198.51.100.7/32'].
    """

    addresses: list[str]
    outbound_addresses: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        addresses = self.addresses

        outbound_addresses = self.outbound_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresses": addresses,
                "outboundAddresses": outbound_addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addresses = decode.scalar_array(d.pop("addresses", decode.MISSING), str, "addresses")

        outbound_addresses = decode.scalar_array(d.pop("outboundAddresses", decode.MISSING), str, "outboundAddresses")

        ip_list = cls.__new__(cls)
        ip_list.addresses = addresses
        ip_list.outbound_addresses = outbound_addresses

        ip_list.additional_properties = d if d else {}
        return ip_list

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
