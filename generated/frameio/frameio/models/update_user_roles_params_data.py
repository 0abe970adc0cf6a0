from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.update_user_roles_params_data_role import (
    UpdateUserRolesParamsDataRole,
    check_update_user_roles_params_data_role,
)

T = TypeVar("T", bound="UpdateUserRolesParamsData")


@_attrs_define
class UpdateUserRolesParamsData:
    """
    Attributes:
        role (UpdateUserRolesParamsDataRole | str):  Example: editor.
    """

    role: UpdateUserRolesParamsDataRole | str

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_update_user_roles_params_data_role(d.pop("role", decode.MISSING), "role")

        update_user_roles_params_data = cls.__new__(cls)
        update_user_roles_params_data.role = role

        return update_user_roles_params_data
