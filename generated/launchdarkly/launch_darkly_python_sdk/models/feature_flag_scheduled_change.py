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
    from ..models.feature_flag_scheduled_change_links import FeatureFlagScheduledChangeLinks
    from ..models.instruction import Instruction


T = TypeVar("T", bound="FeatureFlagScheduledChange")


@_attrs_define
class FeatureFlagScheduledChange:
    """Flag changes planned for a future time.

    Attributes:
        field_id (str):
        field_creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_maintainer_id (str):
        field_version (int):
        execution_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        instructions (list[Instruction]):
        conflicts (Any | Unset):
        field_links (FeatureFlagScheduledChangeLinks | Unset):
    """

    field_id: str
    field_creation_date: int
    field_maintainer_id: str
    field_version: int
    execution_date: int
    instructions: list[Instruction]
    conflicts: Any | Unset = UNSET
    field_links: FeatureFlagScheduledChangeLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_creation_date = self.field_creation_date

        field_maintainer_id = self.field_maintainer_id

        field_version = self.field_version

        execution_date = self.execution_date

        instructions = []
        for instructions_item_data in self.instructions:
            instructions_item = jsonable(instructions_item_data)
            instructions.append(instructions_item)

        conflicts = self.conflicts

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_creationDate": field_creation_date,
                "_maintainerId": field_maintainer_id,
                "_version": field_version,
                "executionDate": execution_date,
                "instructions": instructions,
            }
        )
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        field_creation_date = d.pop("_creationDate", decode.MISSING)
        if type(field_creation_date) is not int:
            field_creation_date = decode.expect(field_creation_date, int, "_creationDate")

        field_maintainer_id = d.pop("_maintainerId", decode.MISSING)
        if type(field_maintainer_id) is not str:
            field_maintainer_id = decode.expect(field_maintainer_id, str, "_maintainerId")

        field_version = d.pop("_version", decode.MISSING)
        if type(field_version) is not int:
            field_version = decode.expect(field_version, int, "_version")

        execution_date = d.pop("executionDate", decode.MISSING)
        if type(execution_date) is not int:
            execution_date = decode.expect(execution_date, int, "executionDate")

        instructions = decode.model_array(
            _models.Instruction.from_dict, d.pop("instructions", decode.MISSING), "instructions"
        )

        conflicts = d.pop("conflicts", UNSET)

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.FeatureFlagScheduledChangeLinks.from_dict, field_links, "_links")

        feature_flag_scheduled_change = cls.__new__(cls)
        feature_flag_scheduled_change.field_id = field_id
        feature_flag_scheduled_change.field_creation_date = field_creation_date
        feature_flag_scheduled_change.field_maintainer_id = field_maintainer_id
        feature_flag_scheduled_change.field_version = field_version
        feature_flag_scheduled_change.execution_date = execution_date
        feature_flag_scheduled_change.instructions = instructions
        feature_flag_scheduled_change.conflicts = conflicts
        feature_flag_scheduled_change.field_links = field_links

        feature_flag_scheduled_change.additional_properties = d if d else {}
        return feature_flag_scheduled_change

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
