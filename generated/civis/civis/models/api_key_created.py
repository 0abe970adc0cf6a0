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

T = TypeVar("T", bound="ApiKeyCreated")


@_attrs_define(slots=False)
class ApiKeyCreated(ResponseMetadata):
    """A freshly issued API key.

    Attributes:
        id (int):
        name (str):
        expires_at (datetime.datetime):
        created_at (datetime.datetime):
        scopes (list[str]):
        active (bool):
        token (str): The new key. It is shown only in this response.
    """

    id: int
    name: str
    expires_at: datetime.datetime
    created_at: datetime.datetime
    scopes: list[str]
    active: bool
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        expires_at = rfc3339(self.expires_at)

        created_at = rfc3339(self.created_at)

        scopes = self.scopes

        active = self.active

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "expiresAt": expires_at,
                "createdAt": created_at,
                "scopes": scopes,
                "active": active,
                "token": token,
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

        scopes = decode.scalar_array(d.pop("scopes", decode.MISSING), str, "scopes")

        active = d.pop("active", decode.MISSING)
        if type(active) is not bool:
            active = decode.expect(active, bool, "active")

        token = d.pop("token", decode.MISSING)
        if type(token) is not str:
            token = decode.expect(token, str, "token")

        api_key_created = cls.__new__(cls)
        api_key_created.id = id
        api_key_created.name = name
        api_key_created.expires_at = expires_at
        api_key_created.created_at = created_at
        api_key_created.scopes = scopes
        api_key_created.active = active
        api_key_created.token = token

        api_key_created.additional_properties = d if d else {}
        return api_key_created

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
