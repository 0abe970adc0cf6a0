from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.user_role_role import UserRoleRole, check_user_role_role

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="UserRole")


@_attrs_define
class UserRole:
    """A member and the role they hold.

    Attributes:
        role (UserRoleRole | str):
        user (User): A person as seen from another resource.
    """

    role: UserRoleRole | str
    user: User
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        user = jsonable(self.user)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_user_role_role(d.pop("role", decode.MISSING), "role")

        user = decode.model(_models.User.from_dict, d.pop("user", decode.MISSING), "user")

        user_role = cls.__new__(cls)
        user_role.role = role
        user_role.user = user

        user_role.additional_properties = d if d else {}
        return user_role

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
