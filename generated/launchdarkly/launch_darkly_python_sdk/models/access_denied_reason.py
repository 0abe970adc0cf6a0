from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.access_denied_reason_effect import AccessDeniedReasonEffect, check_access_denied_reason_effect
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessDeniedReason")


@_attrs_define
class AccessDeniedReason:
    """
    Attributes:
        effect (AccessDeniedReasonEffect | str):
        resources (list[str] | Unset):
        not_resources (list[str] | Unset):
        actions (list[str] | Unset):
        not_actions (list[str] | Unset):
        role_name (str | Unset):
    """

    effect: AccessDeniedReasonEffect | str
    resources: list[str] | Unset = UNSET
    not_resources: list[str] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    not_actions: list[str] | Unset = UNSET
    role_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        effect: str = self.effect

        resources: list[str] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources

        not_resources: list[str] | Unset = UNSET
        if not isinstance(self.not_resources, Unset):
            not_resources = self.not_resources

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        not_actions: list[str] | Unset = UNSET
        if not isinstance(self.not_actions, Unset):
            not_actions = self.not_actions

        role_name = self.role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effect": effect,
            }
        )
        if resources is not UNSET:
            field_dict["resources"] = resources
        if not_resources is not UNSET:
            field_dict["notResources"] = not_resources
        if actions is not UNSET:
            field_dict["actions"] = actions
        if not_actions is not UNSET:
            field_dict["notActions"] = not_actions
        if role_name is not UNSET:
            field_dict["role_name"] = role_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effect = check_access_denied_reason_effect(d.pop("effect", decode.MISSING), "effect")

        resources = d.pop("resources", UNSET)
        if resources is not UNSET:
            resources = decode.scalar_array(resources, str, "resources")

        not_resources = d.pop("notResources", UNSET)
        if not_resources is not UNSET:
            not_resources = decode.scalar_array(not_resources, str, "notResources")

        actions = d.pop("actions", UNSET)
        if actions is not UNSET:
            actions = decode.scalar_array(actions, str, "actions")

        not_actions = d.pop("notActions", UNSET)
        if not_actions is not UNSET:
            not_actions = decode.scalar_array(not_actions, str, "notActions")

        role_name = d.pop("role_name", UNSET)
        if type(role_name) is not str and role_name is not UNSET:
            role_name = decode.expect(role_name, str, "role_name")

        access_denied_reason = cls.__new__(cls)
        access_denied_reason.effect = effect
        access_denied_reason.resources = resources
        access_denied_reason.not_resources = not_resources
        access_denied_reason.actions = actions
        access_denied_reason.not_actions = not_actions
        access_denied_reason.role_name = role_name

        access_denied_reason.additional_properties = d if d else {}
        return access_denied_reason

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
