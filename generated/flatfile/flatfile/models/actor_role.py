from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActorRole")


@_attrs_define
class ActorRole:
    """A role granted to an actor on a resource.

    Attributes:
        role_id (str): Role granted. Example: us_rol_YOUR_ID.
        actor_id (str): User, guest or agent holding the role. Example: us_usr_YOUR_ID.
        resource_id (str): Account, environment or space the grant applies to. Example: us_acc_YOUR_ID.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_acr_YOUR_ID.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    role_id: str
    actor_id: str
    resource_id: str
    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        actor_id = self.actor_id

        resource_id = self.resource_id

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roleId": role_id,
                "actorId": actor_id,
                "resourceId": resource_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_id = d.pop("roleId", decode.MISSING)
        if type(role_id) is not str:
            role_id = decode.expect(role_id, str, "roleId")

        actor_id = d.pop("actorId", decode.MISSING)
        if type(actor_id) is not str:
            actor_id = decode.expect(actor_id, str, "actorId")

        resource_id = d.pop("resourceId", decode.MISSING)
        if type(resource_id) is not str:
            resource_id = decode.expect(resource_id, str, "resourceId")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        actor_role = cls.__new__(cls)
        actor_role.role_id = role_id
        actor_role.actor_id = actor_id
        actor_role.resource_id = resource_id
        actor_role.id = id
        actor_role.created_at = created_at
        actor_role.updated_at = updated_at

        actor_role.additional_properties = d if d else {}
        return actor_role

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
