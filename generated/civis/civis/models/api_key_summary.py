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

T = TypeVar("T", bound="ApiKeySummary")


@_attrs_define(slots=False)
class ApiKeySummary(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        expires_at (datetime.datetime):
        created_at (datetime.datetime):
        revoked_at (datetime.datetime | None):
        last_used_at (datetime.datetime | None):
        scopes (list[str]):
        use_count (int):
        expired (bool):
        active (bool):
    """

    id: int
    name: str
    expires_at: datetime.datetime
    created_at: datetime.datetime
    revoked_at: datetime.datetime | None
    last_used_at: datetime.datetime | None
    scopes: list[str]
    use_count: int
    expired: bool
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        expires_at = rfc3339(self.expires_at)

        created_at = rfc3339(self.created_at)

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = rfc3339(self.revoked_at)
        else:
            revoked_at = self.revoked_at

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = rfc3339(self.last_used_at)
        else:
            last_used_at = self.last_used_at

        scopes = self.scopes

        use_count = self.use_count

        expired = self.expired

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "expiresAt": expires_at,
                "createdAt": created_at,
                "revokedAt": revoked_at,
                "lastUsedAt": last_used_at,
                "scopes": scopes,
                "useCount": use_count,
                "expired": expired,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        expires_at = decode.date_time(d.pop("expiresAt", decode.MISSING), "expiresAt")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        revoked_at = d.pop("revokedAt", decode.MISSING)
        if revoked_at is not None:
            revoked_at = decode.date_time(revoked_at, "revokedAt", expected="one of datetime.datetime | None")

        last_used_at = d.pop("lastUsedAt", decode.MISSING)
        if last_used_at is not None:
            last_used_at = decode.date_time(last_used_at, "lastUsedAt", expected="one of datetime.datetime | None")

        scopes = decode.scalar_array(d.pop("scopes", decode.MISSING), str, "scopes")

        use_count = d.pop("useCount", decode.MISSING)
        if type(use_count) is not int:
            use_count = decode.expect(use_count, int, "useCount")

        expired = d.pop("expired", decode.MISSING)
        if type(expired) is not bool:
            expired = decode.expect(expired, bool, "expired")

        active = d.pop("active", decode.MISSING)
        if type(active) is not bool:
            active = decode.expect(active, bool, "active")

        api_key_summary = cls.__new__(cls)
        api_key_summary.id = id
        api_key_summary.name = name
        api_key_summary.expires_at = expires_at
        api_key_summary.created_at = created_at
        api_key_summary.revoked_at = revoked_at
        api_key_summary.last_used_at = last_used_at
        api_key_summary.scopes = scopes
        api_key_summary.use_count = use_count
        api_key_summary.expired = expired
        api_key_summary.active = active

        api_key_summary.additional_properties = d if d else {}
        return api_key_summary

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
