from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.custom_workflow_output_conflicts_item import CustomWorkflowOutputConflictsItem  # noqa: PLC0415
        from ..models.custom_workflow_output_execution import CustomWorkflowOutputExecution  # noqa: PLC0415
        from ..models.custom_workflow_output_links import CustomWorkflowOutputLinks  # noqa: PLC0415
        from ..models.custom_workflow_output_stages_item import CustomWorkflowOutputStagesItem  # noqa: PLC0415

        d = dict(src_dict)
        field_id = decode.expect(d.pop("_id", decode.MISSING), str, "_id")

        field_version = decode.expect(d.pop("_version", decode.MISSING), int, "_version")

        _field_conflicts = d.pop("_conflicts", decode.MISSING)
        field_conflicts: list[CustomWorkflowOutputConflictsItem]
        if isinstance(_field_conflicts, list):
            field_conflicts = []
            for field_conflicts_index, field_conflicts_item_data in enumerate(_field_conflicts):
                with decode.at("_conflicts", field_conflicts_index):
                    field_conflicts_item = decode.model(
                        CustomWorkflowOutputConflictsItem.from_dict, field_conflicts_item_data
                    )

                field_conflicts.append(field_conflicts_item)
        else:
            field_conflicts = decode.mismatch("an array", _field_conflicts, "_conflicts")

        field_creation_date = decode.expect(d.pop("_creationDate", decode.MISSING), int, "_creationDate")

        field_maintainer_id = decode.expect(d.pop("_maintainerId", decode.MISSING), str, "_maintainerId")

        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        field_execution = decode.model(
            CustomWorkflowOutputExecution.from_dict, d.pop("_execution", decode.MISSING), "_execution"
        )

        field_links = decode.model(CustomWorkflowOutputLinks.from_dict, d.pop("_links", UNSET), "_links")

        description = decode.expect(d.pop("description", UNSET), str, "description")

        kind = decode.expect(d.pop("kind", UNSET), str, "kind")

        _stages = d.pop("stages", UNSET)
        stages: list[CustomWorkflowOutputStagesItem] | Unset
        if isinstance(_stages, list):
            stages = []
            for stages_index, stages_item_data in enumerate(_stages):
                with decode.at("stages", stages_index):
                    stages_item = decode.model(CustomWorkflowOutputStagesItem.from_dict, stages_item_data)

                stages.append(stages_item)
        else:
            stages = decode.mismatch("an array", _stages, "stages")

        template_key = decode.expect(d.pop("templateKey", UNSET), str, "templateKey")

        custom_workflow_output = cls(
            field_id=field_id,
            field_version=field_version,
            field_conflicts=field_conflicts,
            field_creation_date=field_creation_date,
            field_maintainer_id=field_maintainer_id,
            name=name,
            field_execution=field_execution,
            field_links=field_links,
            description=description,
            kind=kind,
            stages=stages,
            template_key=template_key,
        )

        custom_workflow_output.additional_properties = d
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
