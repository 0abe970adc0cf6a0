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
    from ..models.custom_workflow_output_conflicts_item import CustomWorkflowOutputConflictsItem
    from ..models.custom_workflow_output_execution import CustomWorkflowOutputExecution
    from ..models.custom_workflow_output_links import CustomWorkflowOutputLinks
    from ..models.custom_workflow_output_stages_item import CustomWorkflowOutputStagesItem


T = TypeVar("T", bound="CustomWorkflowOutput")


@_attrs_define
class CustomWorkflowOutput:
    """A workflow on a flag.

    Attributes:
        field_id (str):
        field_version (int):
        field_conflicts (list[CustomWorkflowOutputConflictsItem]):
        field_creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_maintainer_id (str):
        name (str):  Example: Production rollout.
        field_execution (CustomWorkflowOutputExecution):
        field_links (CustomWorkflowOutputLinks | Unset):
        description (str | Unset):
        kind (str | Unset):
        stages (list[CustomWorkflowOutputStagesItem] | Unset):
        template_key (str | Unset):
    """

    field_id: str
    field_version: int
    field_conflicts: list[CustomWorkflowOutputConflictsItem]
    field_creation_date: int
    field_maintainer_id: str
    name: str
    field_execution: CustomWorkflowOutputExecution
    field_links: CustomWorkflowOutputLinks | Unset = UNSET
    description: str | Unset = UNSET
    kind: str | Unset = UNSET
    stages: list[CustomWorkflowOutputStagesItem] | Unset = UNSET
    template_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_version = self.field_version

        field_conflicts = []
        for field_conflicts_item_data in self.field_conflicts:
            field_conflicts_item = jsonable(field_conflicts_item_data)
            field_conflicts.append(field_conflicts_item)

        field_creation_date = self.field_creation_date

        field_maintainer_id = self.field_maintainer_id

        name = self.name

        field_execution = jsonable(self.field_execution)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        description = self.description

        kind = self.kind

        stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item = jsonable(stages_item_data)
                stages.append(stages_item)

        template_key = self.template_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_version": field_version,
                "_conflicts": field_conflicts,
                "_creationDate": field_creation_date,
                "_maintainerId": field_maintainer_id,
                "name": name,
                "_execution": field_execution,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if description is not UNSET:
            field_dict["description"] = description
        if kind is not UNSET:
            field_dict["kind"] = kind
        if stages is not UNSET:
            field_dict["stages"] = stages
        if template_key is not UNSET:
            field_dict["templateKey"] = template_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        field_version = d.pop("_version", decode.MISSING)
        if type(field_version) is not int:
            field_version = decode.expect(field_version, int, "_version")

        field_conflicts = decode.model_array(
            _models.CustomWorkflowOutputConflictsItem.from_dict, d.pop("_conflicts", decode.MISSING), "_conflicts"
        )

        field_creation_date = d.pop("_creationDate", decode.MISSING)
        if type(field_creation_date) is not int:
            field_creation_date = decode.expect(field_creation_date, int, "_creationDate")

        field_maintainer_id = d.pop("_maintainerId", decode.MISSING)
        if type(field_maintainer_id) is not str:
            field_maintainer_id = decode.expect(field_maintainer_id, str, "_maintainerId")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        field_execution = decode.model(
            _models.CustomWorkflowOutputExecution.from_dict, d.pop("_execution", decode.MISSING), "_execution"
        )

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.CustomWorkflowOutputLinks.from_dict, field_links, "_links")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        kind = d.pop("kind", UNSET)
        if type(kind) is not str and kind is not UNSET:
            kind = decode.expect(kind, str, "kind")

        stages = d.pop("stages", UNSET)
        if stages is not UNSET:
            stages = decode.model_array(_models.CustomWorkflowOutputStagesItem.from_dict, stages, "stages")

        template_key = d.pop("templateKey", UNSET)
        if type(template_key) is not str and template_key is not UNSET:
            template_key = decode.expect(template_key, str, "templateKey")

        custom_workflow_output = cls.__new__(cls)
        custom_workflow_output.field_id = field_id
        custom_workflow_output.field_version = field_version
        custom_workflow_output.field_conflicts = field_conflicts
        custom_workflow_output.field_creation_date = field_creation_date
        custom_workflow_output.field_maintainer_id = field_maintainer_id
        custom_workflow_output.name = name
        custom_workflow_output.field_execution = field_execution
        custom_workflow_output.field_links = field_links
        custom_workflow_output.description = description
        custom_workflow_output.kind = kind
        custom_workflow_output.stages = stages
        custom_workflow_output.template_key = template_key

        custom_workflow_output.additional_properties = d if d else {}
        return custom_workflow_output

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
