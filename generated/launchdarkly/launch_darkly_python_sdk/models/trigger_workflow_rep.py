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
    from ..models.trigger_workflow_rep_links import TriggerWorkflowRepLinks


T = TypeVar("T", bound="TriggerWorkflowRep")


@_attrs_define
class TriggerWorkflowRep:
    """A flag trigger.

    Attributes:
        field_id (str | Unset):
        field_version (int | Unset):
        field_creation_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_maintainer_id (str | Unset):
        enabled (bool | Unset):  Example: True.
        field_integration_key (str | Unset):  Example: generic-trigger.
        instructions (list[Instruction] | Unset):
        field_last_triggered_at (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_trigger_count (int | Unset):
        trigger_url (str | Unset):
        field_links (TriggerWorkflowRepLinks | Unset):
    """

    field_id: str | Unset = UNSET
    field_version: int | Unset = UNSET
    field_creation_date: int | Unset = UNSET
    field_maintainer_id: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    field_integration_key: str | Unset = UNSET
    instructions: list[Instruction] | Unset = UNSET
    field_last_triggered_at: int | Unset = UNSET
    field_trigger_count: int | Unset = UNSET
    trigger_url: str | Unset = UNSET
    field_links: TriggerWorkflowRepLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_version = self.field_version

        field_creation_date = self.field_creation_date

        field_maintainer_id = self.field_maintainer_id

        enabled = self.enabled

        field_integration_key = self.field_integration_key

        instructions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructions, Unset):
            instructions = []
            for instructions_item_data in self.instructions:
                instructions_item = jsonable(instructions_item_data)
                instructions.append(instructions_item)

        field_last_triggered_at = self.field_last_triggered_at

        field_trigger_count = self.field_trigger_count

        trigger_url = self.trigger_url

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if field_version is not UNSET:
            field_dict["_version"] = field_version
        if field_creation_date is not UNSET:
            field_dict["_creationDate"] = field_creation_date
        if field_maintainer_id is not UNSET:
            field_dict["_maintainerId"] = field_maintainer_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if field_integration_key is not UNSET:
            field_dict["_integrationKey"] = field_integration_key
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if field_last_triggered_at is not UNSET:
            field_dict["_lastTriggeredAt"] = field_last_triggered_at
        if field_trigger_count is not UNSET:
            field_dict["_triggerCount"] = field_trigger_count
        if trigger_url is not UNSET:
            field_dict["triggerURL"] = trigger_url
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", UNSET)
        if type(field_id) is not str and field_id is not UNSET:
            field_id = decode.expect(field_id, str, "_id")

        field_version = d.pop("_version", UNSET)
        if type(field_version) is not int and field_version is not UNSET:
            field_version = decode.expect(field_version, int, "_version")

        field_creation_date = d.pop("_creationDate", UNSET)
        if type(field_creation_date) is not int and field_creation_date is not UNSET:
            field_creation_date = decode.expect(field_creation_date, int, "_creationDate")

        field_maintainer_id = d.pop("_maintainerId", UNSET)
        if type(field_maintainer_id) is not str and field_maintainer_id is not UNSET:
            field_maintainer_id = decode.expect(field_maintainer_id, str, "_maintainerId")

        enabled = d.pop("enabled", UNSET)
        if type(enabled) is not bool and enabled is not UNSET:
            enabled = decode.expect(enabled, bool, "enabled")

        field_integration_key = d.pop("_integrationKey", UNSET)
        if type(field_integration_key) is not str and field_integration_key is not UNSET:
            field_integration_key = decode.expect(field_integration_key, str, "_integrationKey")

        instructions = d.pop("instructions", UNSET)
        if instructions is not UNSET:
            instructions = decode.model_array(_models.Instruction.from_dict, instructions, "instructions")

        field_last_triggered_at = d.pop("_lastTriggeredAt", UNSET)
        if type(field_last_triggered_at) is not int and field_last_triggered_at is not UNSET:
            field_last_triggered_at = decode.expect(field_last_triggered_at, int, "_lastTriggeredAt")

        field_trigger_count = d.pop("_triggerCount", UNSET)
        if type(field_trigger_count) is not int and field_trigger_count is not UNSET:
            field_trigger_count = decode.expect(field_trigger_count, int, "_triggerCount")

        trigger_url = d.pop("triggerURL", UNSET)
        if type(trigger_url) is not str and trigger_url is not UNSET:
            trigger_url = decode.expect(trigger_url, str, "triggerURL")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.TriggerWorkflowRepLinks.from_dict, field_links, "_links")

        trigger_workflow_rep = cls.__new__(cls)
        trigger_workflow_rep.field_id = field_id
        trigger_workflow_rep.field_version = field_version
        trigger_workflow_rep.field_creation_date = field_creation_date
        trigger_workflow_rep.field_maintainer_id = field_maintainer_id
        trigger_workflow_rep.enabled = enabled
        trigger_workflow_rep.field_integration_key = field_integration_key
        trigger_workflow_rep.instructions = instructions
        trigger_workflow_rep.field_last_triggered_at = field_last_triggered_at
        trigger_workflow_rep.field_trigger_count = field_trigger_count
        trigger_workflow_rep.trigger_url = trigger_url
        trigger_workflow_rep.field_links = field_links

        trigger_workflow_rep.additional_properties = d if d else {}
        return trigger_workflow_rep

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
