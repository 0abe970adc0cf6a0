from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.user_api_key_constraint import UserApiKeyConstraint  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.expect(d.pop("id", decode.MISSING), int, "id")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        expires_at = decode.date_time(d.pop("expiresAt", decode.MISSING), "expiresAt")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        revoked_at = decode.date_time(d.pop("revokedAt", decode.MISSING), "revokedAt")

        last_used_at = decode.date_time(d.pop("lastUsedAt", decode.MISSING), "lastUsedAt")

        _scopes = d.pop("scopes", decode.MISSING)
        scopes: list[str]
        if isinstance(_scopes, list):
            scopes = []
            for scopes_index, scopes_item_data in enumerate(_scopes):
                with decode.at("scopes", scopes_index):
                    scopes_item = decode.expect(scopes_item_data, str)

                scopes.append(scopes_item)
        else:
            scopes = decode.mismatch("an array", _scopes, "scopes")

        use_count = decode.expect(d.pop("useCount", decode.MISSING), int, "useCount")

        expired = decode.expect(d.pop("expired", decode.MISSING), bool, "expired")

        active = decode.expect(d.pop("active", decode.MISSING), bool, "active")

        _constraints = d.pop("constraints", decode.MISSING)
        constraints: list[UserApiKeyConstraint]
        if isinstance(_constraints, list):
            constraints = []
            for constraints_index, constraints_item_data in enumerate(_constraints):
                with decode.at("constraints", constraints_index):
                    constraints_item = decode.model(UserApiKeyConstraint.from_dict, constraints_item_data)

                constraints.append(constraints_item)
        else:
            constraints = decode.mismatch("an array", _constraints, "constraints")

        user_api_key = cls(
            id=id,
            name=name,
            expires_at=expires_at,
            created_at=created_at,
            revoked_at=revoked_at,
            last_used_at=last_used_at,
            scopes=scopes,
            use_count=use_count,
            expired=expired,
            active=active,
            constraints=constraints,
        )

        user_api_key.additional_properties = d
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
