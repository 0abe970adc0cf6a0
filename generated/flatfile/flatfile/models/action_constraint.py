from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..models.action_constraint_type import ActionConstraintType, check_action_constraint_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionConstraint")


@plain_names({"type": "type_"})
@_attrs_define
class ActionConstraint:
    """Precondition for running an action.

    Attributes:
        type_ (ActionConstraintType | str): Condition that must hold before the action can run.
        ignore_selection (bool | Unset): Evaluate against the whole sheet instead of the selection.
    """

    type_: ActionConstraintType | str
    ignore_selection: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        ignore_selection = self.ignore_selection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if ignore_selection is not UNSET:
            field_dict["ignoreSelection"] = ignore_selection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_action_constraint_type(d.pop("type", decode.MISSING), "type")

        ignore_selection = d.pop("ignoreSelection", UNSET)
        if type(ignore_selection) is not bool and ignore_selection is not UNSET:
            ignore_selection = decode.expect(ignore_selection, bool, "ignoreSelection")

        action_constraint = cls.__new__(cls)
        action_constraint.type_ = type_
        action_constraint.ignore_selection = ignore_selection

        action_constraint.additional_properties = d if d else {}
        return action_constraint

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
