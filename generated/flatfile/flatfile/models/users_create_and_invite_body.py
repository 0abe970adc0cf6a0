from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.assign_actor_role_request import AssignActorRoleRequest


T = TypeVar("T", bound="UsersCreateAndInviteBody")


@_attrs_define
class UsersCreateAndInviteBody:
    """
    Attributes:
        email (str):  Example: john.smith@example.com.
        name (str):  Example: John Smith.
        actor_roles (list[AssignActorRoleRequest]):
    """

    email: str
    name: str
    actor_roles: list[AssignActorRoleRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        actor_roles = []
        for actor_roles_item_data in self.actor_roles:
            actor_roles_item = jsonable(actor_roles_item_data)
            actor_roles.append(actor_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
                "actorRoles": actor_roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", decode.MISSING)
        if type(email) is not str:
            email = decode.expect(email, str, "email")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        actor_roles = decode.model_array(
            _models.AssignActorRoleRequest.from_dict, d.pop("actorRoles", decode.MISSING), "actorRoles"
        )

        users_create_and_invite_body = cls.__new__(cls)
        users_create_and_invite_body.email = email
        users_create_and_invite_body.name = name
        users_create_and_invite_body.actor_roles = actor_roles

        users_create_and_invite_body.additional_properties = d if d else {}
        return users_create_and_invite_body

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
