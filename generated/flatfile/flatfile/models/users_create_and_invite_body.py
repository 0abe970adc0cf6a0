from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.assign_actor_role_request import AssignActorRoleRequest  # noqa: PLC0415

        d = dict(src_dict)
        email = decode.expect(d.pop("email", decode.MISSING), str, "email")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        _actor_roles = d.pop("actorRoles", decode.MISSING)
        actor_roles: list[AssignActorRoleRequest]
        if isinstance(_actor_roles, list):
            actor_roles = []
            for actor_roles_index, actor_roles_item_data in enumerate(_actor_roles):
                with decode.at("actorRoles", actor_roles_index):
                    actor_roles_item = decode.model(AssignActorRoleRequest.from_dict, actor_roles_item_data)

                actor_roles.append(actor_roles_item)
        else:
            actor_roles = decode.mismatch("an array", _actor_roles, "actorRoles")

        users_create_and_invite_body = cls(
            email=email,
            name=name,
            actor_roles=actor_roles,
        )

        users_create_and_invite_body.additional_properties = d
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
