from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.workspace_role import WorkspaceRole, check_workspace_role

T = TypeVar("T", bound="UpdateWorkspaceRoleParamsData")


@_attrs_define
class UpdateWorkspaceRoleParamsData:
    """
    Attributes:
        role (WorkspaceRole | str): Role inside a workspace.
    """

    role: WorkspaceRole | str

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
        role = check_workspace_role(d.pop("role", decode.MISSING), "role")

        update_workspace_role_params_data = cls.__new__(cls)
        update_workspace_role_params_data.role = role

        return update_workspace_role_params_data
