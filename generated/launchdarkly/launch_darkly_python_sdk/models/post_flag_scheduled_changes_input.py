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
    from ..models.instruction import Instruction


T = TypeVar("T", bound="PostFlagScheduledChangesInput")


@_attrs_define
class PostFlagScheduledChangesInput:
    """Fields for a new scheduled change.

    Attributes:
        execution_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        instructions (list[Instruction]):
        comment (str | Unset):
    """

    execution_date: int
    instructions: list[Instruction]
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        execution_date = self.execution_date

        instructions = []
        for instructions_item_data in self.instructions:
            instructions_item = jsonable(instructions_item_data)
            instructions.append(instructions_item)

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionDate": execution_date,
                "instructions": instructions,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        execution_date = d.pop("executionDate", decode.MISSING)
        if type(execution_date) is not int:
            execution_date = decode.expect(execution_date, int, "executionDate")

        instructions = decode.model_array(
            _models.Instruction.from_dict, d.pop("instructions", decode.MISSING), "instructions"
        )

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = decode.expect(comment, str, "comment")

        post_flag_scheduled_changes_input = cls.__new__(cls)
        post_flag_scheduled_changes_input.execution_date = execution_date
        post_flag_scheduled_changes_input.instructions = instructions
        post_flag_scheduled_changes_input.comment = comment

        post_flag_scheduled_changes_input.additional_properties = d if d else {}
        return post_flag_scheduled_changes_input

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
