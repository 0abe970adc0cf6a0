from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core._decode import model_repr
from ..models.workspace_role import WorkspaceRole, check_workspace_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkspaceRoleResponseData")


@_attrs_define
class UpdateWorkspaceRoleResponseData:
    """
    Attributes:
        role (WorkspaceRole | str | Unset): Role inside a workspace.
    """

    role: WorkspaceRole | str | Unset = UNSET

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
        role = check_workspace_role(d.pop("role", UNSET), "role")

        update_workspace_role_response_data = cls.__new__(cls)
        update_workspace_role_response_data.role = role

        return update_workspace_role_response_data
