from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core._decode import model_repr
from ..models.update_user_roles_response_data_role import (
    UpdateUserRolesResponseDataRole,
    check_update_user_roles_response_data_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserRolesResponseData")


@_attrs_define
class UpdateUserRolesResponseData:
    """
    Attributes:
        role (UpdateUserRolesResponseDataRole | str | Unset):
    """

    role: UpdateUserRolesResponseDataRole | str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        field_dict: dict[str, Any] = {}

        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_update_user_roles_response_data_role(d.pop("role", UNSET), "role")

        update_user_roles_response_data = cls.__new__(cls)
        update_user_roles_response_data.role = role

        return update_user_roles_response_data
