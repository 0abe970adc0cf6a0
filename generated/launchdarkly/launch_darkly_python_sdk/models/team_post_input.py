from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission_grant_input import PermissionGrantInput


T = TypeVar("T", bound="TeamPostInput")


@_attrs_define
class TeamPostInput:
    """Fields for a new team.

    Attributes:
        key (str):  Example: platform-team.
        name (str):  Example: Platform team.
        custom_role_keys (list[str] | Unset):
        description (str | Unset):  Example: Owns shared infrastructure.
        member_i_ds (list[str] | Unset):
        permission_grants (list[PermissionGrantInput] | Unset):
    """

    key: str
    name: str
    custom_role_keys: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    member_i_ds: list[str] | Unset = UNSET
    permission_grants: list[PermissionGrantInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        custom_role_keys: list[str] | Unset = UNSET
        if not isinstance(self.custom_role_keys, Unset):
            custom_role_keys = self.custom_role_keys

        description = self.description

        member_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.member_i_ds, Unset):
            member_i_ds = self.member_i_ds

        permission_grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permission_grants, Unset):
            permission_grants = []
            for permission_grants_item_data in self.permission_grants:
                permission_grants_item = jsonable(permission_grants_item_data)
                permission_grants.append(permission_grants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if custom_role_keys is not UNSET:
            field_dict["customRoleKeys"] = custom_role_keys
        if description is not UNSET:
            field_dict["description"] = description
        if member_i_ds is not UNSET:
            field_dict["memberIDs"] = member_i_ds
        if permission_grants is not UNSET:
            field_dict["permissionGrants"] = permission_grants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        custom_role_keys = d.pop("customRoleKeys", UNSET)
        if custom_role_keys is not UNSET:
            custom_role_keys = decode.scalar_array(custom_role_keys, str, "customRoleKeys")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        member_i_ds = d.pop("memberIDs", UNSET)
        if member_i_ds is not UNSET:
            member_i_ds = decode.scalar_array(member_i_ds, str, "memberIDs")

        permission_grants = d.pop("permissionGrants", UNSET)
        if permission_grants is not UNSET:
            permission_grants = decode.model_array(
                _models.PermissionGrantInput.from_dict, permission_grants, "permissionGrants"
            )

        team_post_input = cls.__new__(cls)
        team_post_input.key = key
        team_post_input.name = name
        team_post_input.custom_role_keys = custom_role_keys
        team_post_input.description = description
        team_post_input.member_i_ds = member_i_ds
        team_post_input.permission_grants = permission_grants

        team_post_input.additional_properties = d if d else {}
        return team_post_input

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
