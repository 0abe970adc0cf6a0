from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretsUpsertBody")


@_attrs_define
class SecretsUpsertBody:
    """
    Attributes:
        name (str): Name agents use to read the secret. Example: My Secret.
        value (str | Unset): Secret value; never shown again in the UI. Example: Sup3r$ecret\\/alue!.
        environment_id (str | Unset): Environment the secret is scoped to. Example: us_env_YOUR_ID.
        space_id (str | Unset): Space the secret is scoped to. Example: us_sp_YOUR_ID.
        actor_id (str | Unset): User, guest or agent the secret is scoped to. Example: us_usr_YOUR_ID.
    """

    name: str
    value: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    actor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        environment_id = self.environment_id

        space_id = self.space_id

        actor_id = self.actor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if actor_id is not UNSET:
            field_dict["actorId"] = actor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

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

        secrets_upsert_body = cls.__new__(cls)
        secrets_upsert_body.name = name
        secrets_upsert_body.value = value
        secrets_upsert_body.environment_id = environment_id
        secrets_upsert_body.space_id = space_id
        secrets_upsert_body.actor_id = actor_id

        secrets_upsert_body.additional_properties = d if d else {}
        return secrets_upsert_body

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
