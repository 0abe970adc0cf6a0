from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PermissionGrantInput")


@_attrs_define
class PermissionGrantInput:
    """
    Attributes:
        action_set (Literal["maintainTeam"] | Unset):
        actions (list[str] | Unset):
        member_i_ds (list[str] | Unset):
    """

    action_set: Literal["maintainTeam"] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    member_i_ds: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        action_set: str | Unset = UNSET
        if not isinstance(self.action_set, Unset):
            action_set = self.action_set

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        member_i_ds: list[str] | Unset = UNSET
        if not isinstance(self.member_i_ds, Unset):
            member_i_ds = self.member_i_ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if action_set is not UNSET:
            field_dict["actionSet"] = action_set
        if actions is not UNSET:
            field_dict["actions"] = actions
        if member_i_ds is not UNSET:
            field_dict["memberIDs"] = member_i_ds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_set = cast(
            'Literal["maintainTeam"] | Unset', decode.const(d.pop("actionSet", UNSET), "maintainTeam", "actionSet")
        )

        actions = d.pop("actions", UNSET)
        if actions is not UNSET:
            actions = decode.scalar_array(actions, str, "actions")

        member_i_ds = d.pop("memberIDs", UNSET)
        if member_i_ds is not UNSET:
            member_i_ds = decode.scalar_array(member_i_ds, str, "memberIDs")

        permission_grant_input = cls.__new__(cls)
        permission_grant_input.action_set = action_set
        permission_grant_input.actions = actions
        permission_grant_input.member_i_ds = member_i_ds

        permission_grant_input.additional_properties = d if d else {}
        return permission_grant_input

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
