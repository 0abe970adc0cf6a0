from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhitelistedIp")


@_attrs_define(slots=False)
class WhitelistedIp(ResponseMetadata):
    """An address range allowed to reach a database.

    Attributes:
        id (int):
        remote_host_id (int):
        security_group_id (str):
        subnet_mask (str): CIDR block allowed through. Example: 203.0.113.0/24.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        authorized_by (str | Unset):
        is_active (bool | Unset):
    """

    id: int
    remote_host_id: int
    security_group_id: str
    subnet_mask: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    authorized_by: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        remote_host_id = self.remote_host_id

        security_group_id = self.security_group_id

        subnet_mask = self.subnet_mask

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        authorized_by = self.authorized_by

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "remoteHostId": remote_host_id,
                "securityGroupId": security_group_id,
                "subnetMask": subnet_mask,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if authorized_by is not UNSET:
            field_dict["authorizedBy"] = authorized_by
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        remote_host_id = d.pop("remoteHostId", decode.MISSING)
        if type(remote_host_id) is not int:
            remote_host_id = decode.expect(remote_host_id, int, "remoteHostId")

        security_group_id = d.pop("securityGroupId", decode.MISSING)
        if type(security_group_id) is not str:
            security_group_id = decode.expect(security_group_id, str, "securityGroupId")

        subnet_mask = d.pop("subnetMask", decode.MISSING)
        if type(subnet_mask) is not str:
            subnet_mask = decode.expect(subnet_mask, str, "subnetMask")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        authorized_by = d.pop("authorizedBy", UNSET)
        if type(authorized_by) is not str and authorized_by is not UNSET:
            authorized_by = decode.expect(authorized_by, str, "authorizedBy")

        is_active = d.pop("isActive", UNSET)
        if type(is_active) is not bool and is_active is not UNSET:
            is_active = decode.expect(is_active, bool, "isActive")

        whitelisted_ip = cls.__new__(cls)
        whitelisted_ip.id = id
        whitelisted_ip.remote_host_id = remote_host_id
        whitelisted_ip.security_group_id = security_group_id
        whitelisted_ip.subnet_mask = subnet_mask
        whitelisted_ip.created_at = created_at
        whitelisted_ip.updated_at = updated_at
        whitelisted_ip.authorized_by = authorized_by
        whitelisted_ip.is_active = is_active

        whitelisted_ip.additional_properties = d if d else {}
        return whitelisted_ip

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
