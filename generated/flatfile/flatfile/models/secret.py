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

T = TypeVar("T", bound="Secret")


@_attrs_define
class Secret:
    """A named secret value available to agents.

    Attributes:
        name (str):  Example: My Secret.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_sec_YOUR_ID.
        value (str | Unset):  Example: Sup3r$ecret\\/alue!.
        environment_id (str | Unset):  Example: us_env_YOUR_ID.
        space_id (str | Unset):  Example: us_sp_YOUR_ID.
        actor_id (str | Unset):  Example: us_usr_YOUR_ID.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    name: str
    id: str | Unset = UNSET
    value: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    actor_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        value = self.value

        environment_id = self.environment_id

        space_id = self.space_id

        actor_id = self.actor_id

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
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if value is not UNSET:
            field_dict["value"] = value
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if actor_id is not UNSET:
            field_dict["actorId"] = actor_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        value = d.pop("value", UNSET)
        if type(value) is not str and value is not UNSET:
            value = decode.expect(value, str, "value")

        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        space_id = d.pop("spaceId", UNSET)
        if type(space_id) is not str and space_id is not UNSET:
            space_id = decode.expect(space_id, str, "spaceId")

        actor_id = d.pop("actorId", UNSET)
        if type(actor_id) is not str and actor_id is not UNSET:
            actor_id = decode.expect(actor_id, str, "actorId")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        secret = cls.__new__(cls)
        secret.name = name
        secret.id = id
        secret.value = value
        secret.environment_id = environment_id
        secret.space_id = space_id
        secret.actor_id = actor_id
        secret.created_at = created_at
        secret.updated_at = updated_at

        secret.additional_properties = d if d else {}
        return secret

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
