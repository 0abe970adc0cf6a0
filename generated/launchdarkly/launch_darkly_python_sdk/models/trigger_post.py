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


T = TypeVar("T", bound="TriggerPost")


@_attrs_define
class TriggerPost:
    """Fields for a new trigger.

    Attributes:
        integration_key (str):  Example: generic-trigger.
        comment (str | Unset):
        instructions (list[Instruction] | Unset):
    """

    integration_key: str
    comment: str | Unset = UNSET
    instructions: list[Instruction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        integration_key = self.integration_key

        comment = self.comment

        instructions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructions, Unset):
            instructions = []
            for instructions_item_data in self.instructions:
                instructions_item = jsonable(instructions_item_data)
                instructions.append(instructions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrationKey": integration_key,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        integration_key = d.pop("integrationKey", decode.MISSING)
        if type(integration_key) is not str:
            integration_key = decode.expect(integration_key, str, "integrationKey")

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = decode.expect(comment, str, "comment")

        instructions = d.pop("instructions", UNSET)
        if instructions is not UNSET:
            instructions = decode.model_array(_models.Instruction.from_dict, instructions, "instructions")

        trigger_post = cls.__new__(cls)
        trigger_post.integration_key = integration_key
        trigger_post.comment = comment
        trigger_post.instructions = instructions

        trigger_post.additional_properties = d if d else {}
        return trigger_post

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
