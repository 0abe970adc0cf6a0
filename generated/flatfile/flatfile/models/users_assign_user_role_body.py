from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="UsersAssignUserRoleBody")


@_attrs_define
class UsersAssignUserRoleBody:
    """
    Attributes:
        role_id (str): Role to grant. Example: us_rol_YOUR_ID.
        resource_id (str): Account, environment or space the role applies to. Example: us_acc_YOUR_ID.
    """

    role_id: str
    resource_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roleId": role_id,
                "resourceId": resource_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_id = d.pop("roleId", decode.MISSING)
        if type(role_id) is not str:
            role_id = decode.expect(role_id, str, "roleId")

        resource_id = d.pop("resourceId", decode.MISSING)
        if type(resource_id) is not str:
            resource_id = decode.expect(resource_id, str, "resourceId")

        users_assign_user_role_body = cls.__new__(cls)
        users_assign_user_role_body.role_id = role_id
        users_assign_user_role_body.resource_id = resource_id

        users_assign_user_role_body.additional_properties = d if d else {}
        return users_assign_user_role_body

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
