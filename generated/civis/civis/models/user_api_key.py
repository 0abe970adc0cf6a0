from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.user_api_key_constraint import UserApiKeyConstraint


T = TypeVar("T", bound="UserApiKey")


@_attrs_define(slots=False)
class UserApiKey(ResponseMetadata):
    """
    Attributes:
        id (int):
        name (str):
        expires_at (datetime.datetime):
        created_at (datetime.datetime):
        revoked_at (datetime.datetime):
        last_used_at (datetime.datetime):
        scopes (list[str]):
        use_count (int):
        expired (bool):
        active (bool):
        constraints (list[UserApiKeyConstraint]):
    """

    id: int
    name: str
    expires_at: datetime.datetime
    created_at: datetime.datetime
    revoked_at: datetime.datetime
    last_used_at: datetime.datetime
    scopes: list[str]
    use_count: int
    expired: bool
    active: bool
    constraints: list[UserApiKeyConstraint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        expires_at = rfc3339(self.expires_at)

        created_at = rfc3339(self.created_at)

        revoked_at = rfc3339(self.revoked_at)

        last_used_at = rfc3339(self.last_used_at)

        scopes = self.scopes

        use_count = self.use_count

        expired = self.expired

        active = self.active

        constraints = []
        for constraints_item_data in self.constraints:
            constraints_item = jsonable(constraints_item_data)
            constraints.append(constraints_item)

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
                "constraints": constraints,
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

        revoked_at = decode.date_time(d.pop("revokedAt", decode.MISSING), "revokedAt")

        last_used_at = decode.date_time(d.pop("lastUsedAt", decode.MISSING), "lastUsedAt")

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

        constraints = decode.model_array(
            _models.UserApiKeyConstraint.from_dict, d.pop("constraints", decode.MISSING), "constraints"
        )

        user_api_key = cls.__new__(cls)
        user_api_key.id = id
        user_api_key.name = name
        user_api_key.expires_at = expires_at
        user_api_key.created_at = created_at
        user_api_key.revoked_at = revoked_at
        user_api_key.last_used_at = last_used_at
        user_api_key.scopes = scopes
        user_api_key.use_count = use_count
        user_api_key.expired = expired
        user_api_key.active = active
        user_api_key.constraints = constraints

        user_api_key.additional_properties = d if d else {}
        return user_api_key

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
