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
    from ..models.action_input import ActionInput
    from ..models.condition_input import ConditionInput


T = TypeVar("T", bound="StageInput")


@_attrs_define
class StageInput:
    """
    Attributes:
        name (str | Unset):
        execute_conditions_in_sequence (bool | Unset):
        conditions (list[ConditionInput] | Unset):
        action (ActionInput | Unset):
    """

    name: str | Unset = UNSET
    execute_conditions_in_sequence: bool | Unset = UNSET
    conditions: list[ConditionInput] | Unset = UNSET
    action: ActionInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        execute_conditions_in_sequence = self.execute_conditions_in_sequence

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = jsonable(conditions_item_data)
                conditions.append(conditions_item)

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = jsonable(self.action)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if execute_conditions_in_sequence is not UNSET:
            field_dict["executeConditionsInSequence"] = execute_conditions_in_sequence
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        execute_conditions_in_sequence = d.pop("executeConditionsInSequence", UNSET)
        if type(execute_conditions_in_sequence) is not bool and execute_conditions_in_sequence is not UNSET:
            execute_conditions_in_sequence = decode.expect(
                execute_conditions_in_sequence, bool, "executeConditionsInSequence"
            )

        conditions = d.pop("conditions", UNSET)
        if conditions is not UNSET:
            conditions = decode.model_array(_models.ConditionInput.from_dict, conditions, "conditions")

        action = d.pop("action", UNSET)
        if action is not UNSET:
            action = decode.model(_models.ActionInput.from_dict, action, "action")

        stage_input = cls.__new__(cls)
        stage_input.name = name
        stage_input.execute_conditions_in_sequence = execute_conditions_in_sequence
        stage_input.conditions = conditions
        stage_input.action = action

        stage_input.additional_properties = d if d else {}
        return stage_input

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
