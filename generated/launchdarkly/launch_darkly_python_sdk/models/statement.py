from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.statement_effect import StatementEffect, check_statement_effect
from ..types import UNSET, Unset

T = TypeVar("T", bound="Statement")


@_attrs_define
class Statement:
    """One policy statement granting or denying actions on resources.

    Attributes:
        effect (StatementEffect | str):  Example: allow.
        resources (list[str] | Unset):  Example: ['proj/*:env/production:flag/*'].
        not_resources (list[str] | Unset):
        actions (list[str] | Unset):  Example: ['updateOn'].
        not_actions (list[str] | Unset):
    """

    effect: StatementEffect | str
    resources: list[str] | Unset = UNSET
    not_resources: list[str] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    not_actions: list[str] | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effect = check_statement_effect(d.pop("effect", decode.MISSING), "effect")

        _resources = d.pop("resources", UNSET)
        resources: list[str] | Unset
        if isinstance(_resources, list):
            resources = []
            for resources_index, resources_item_data in enumerate(_resources):
                with decode.at("resources", resources_index):
                    resources_item = decode.expect(resources_item_data, str)

                resources.append(resources_item)
        else:
            resources = decode.mismatch("an array", _resources, "resources")

        _not_resources = d.pop("notResources", UNSET)
        not_resources: list[str] | Unset
        if isinstance(_not_resources, list):
            not_resources = []
            for not_resources_index, not_resources_item_data in enumerate(_not_resources):
                with decode.at("notResources", not_resources_index):
                    not_resources_item = decode.expect(not_resources_item_data, str)

                not_resources.append(not_resources_item)
        else:
            not_resources = decode.mismatch("an array", _not_resources, "notResources")

        _actions = d.pop("actions", UNSET)
        actions: list[str] | Unset
        if isinstance(_actions, list):
            actions = []
            for actions_index, actions_item_data in enumerate(_actions):
                with decode.at("actions", actions_index):
                    actions_item = decode.expect(actions_item_data, str)

                actions.append(actions_item)
        else:
            actions = decode.mismatch("an array", _actions, "actions")

        _not_actions = d.pop("notActions", UNSET)
        not_actions: list[str] | Unset
        if isinstance(_not_actions, list):
            not_actions = []
            for not_actions_index, not_actions_item_data in enumerate(_not_actions):
                with decode.at("notActions", not_actions_index):
                    not_actions_item = decode.expect(not_actions_item_data, str)

                not_actions.append(not_actions_item)
        else:
            not_actions = decode.mismatch("an array", _not_actions, "notActions")

        statement = cls(
            effect=effect,
            resources=resources,
            not_resources=not_resources,
            actions=actions,
            not_actions=not_actions,
        )

        statement.additional_properties = d
        return statement

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
