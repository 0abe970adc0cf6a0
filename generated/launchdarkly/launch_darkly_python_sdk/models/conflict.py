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


T = TypeVar("T", bound="Conflict")


@_attrs_define
class Conflict:
    """
    Attributes:
        instruction (Instruction | Unset): One semantic-patch step. `kind` names the action; other keys depend on it.
            Example: {'kind': 'turnFlagOn'}.
        reason (str | Unset):
    """

    instruction: Instruction | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        instruction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instruction, Unset):
            instruction = jsonable(self.instruction)

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instruction = d.pop("instruction", UNSET)
        if instruction is not UNSET:
            instruction = decode.model(_models.Instruction.from_dict, instruction, "instruction")

        reason = d.pop("reason", UNSET)
        if type(reason) is not str and reason is not UNSET:
            reason = decode.expect(reason, str, "reason")

        conflict = cls.__new__(cls)
        conflict.instruction = instruction
        conflict.reason = reason

        conflict.additional_properties = d if d else {}
        return conflict

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
