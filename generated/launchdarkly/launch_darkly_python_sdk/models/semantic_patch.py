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


T = TypeVar("T", bound="SemanticPatch")


@_attrs_define
class SemanticPatch:
    """A list of named instructions sent with the semantic-patch media type.

    Attributes:
        instructions (list[Instruction]):
        environment_key (str | Unset): Environment the instructions apply to, where relevant. Example: production.
        comment (str | Unset):  Example: Enable for launch.
    """

    instructions: list[Instruction]
    environment_key: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        instructions = []
        for instructions_item_data in self.instructions:
            instructions_item = jsonable(instructions_item_data)
            instructions.append(instructions_item)

        environment_key = self.environment_key

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructions": instructions,
            }
        )
        if environment_key is not UNSET:
            field_dict["environmentKey"] = environment_key
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instructions = decode.model_array(
            _models.Instruction.from_dict, d.pop("instructions", decode.MISSING), "instructions"
        )

        environment_key = d.pop("environmentKey", UNSET)
        if type(environment_key) is not str and environment_key is not UNSET:
            environment_key = decode.expect(environment_key, str, "environmentKey")

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = decode.expect(comment, str, "comment")

        semantic_patch = cls.__new__(cls)
        semantic_patch.instructions = instructions
        semantic_patch.environment_key = environment_key
        semantic_patch.comment = comment

        semantic_patch.additional_properties = d if d else {}
        return semantic_patch

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
