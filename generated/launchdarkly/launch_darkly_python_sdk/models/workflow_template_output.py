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
    from ..models.workflow_template_output_links import WorkflowTemplateOutputLinks
    from ..models.workflow_template_output_stages_item import WorkflowTemplateOutputStagesItem


T = TypeVar("T", bound="WorkflowTemplateOutput")


@_attrs_define
class WorkflowTemplateOutput:
    """A reusable workflow template.

    Attributes:
        field_id (str):
        field_key (str):  Example: standard-approval.
        field_creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_owner_id (str):
        field_maintainer_id (str):
        name (str | Unset):  Example: Standard approval.
        field_links (WorkflowTemplateOutputLinks | Unset):
        description (str | Unset):
        stages (list[WorkflowTemplateOutputStagesItem] | Unset):
    """

    field_id: str
    field_key: str
    field_creation_date: int
    field_owner_id: str
    field_maintainer_id: str
    name: str | Unset = UNSET
    field_links: WorkflowTemplateOutputLinks | Unset = UNSET
    description: str | Unset = UNSET
    stages: list[WorkflowTemplateOutputStagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_key = self.field_key

        field_creation_date = self.field_creation_date

        field_owner_id = self.field_owner_id

        field_maintainer_id = self.field_maintainer_id

        name = self.name

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        description = self.description

        stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item = jsonable(stages_item_data)
                stages.append(stages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_key": field_key,
                "_creationDate": field_creation_date,
                "_ownerId": field_owner_id,
                "_maintainerId": field_maintainer_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if description is not UNSET:
            field_dict["description"] = description
        if stages is not UNSET:
            field_dict["stages"] = stages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        field_key = d.pop("_key", decode.MISSING)
        if type(field_key) is not str:
            field_key = decode.expect(field_key, str, "_key")

        field_creation_date = d.pop("_creationDate", decode.MISSING)
        if type(field_creation_date) is not int:
            field_creation_date = decode.expect(field_creation_date, int, "_creationDate")

        field_owner_id = d.pop("_ownerId", decode.MISSING)
        if type(field_owner_id) is not str:
            field_owner_id = decode.expect(field_owner_id, str, "_ownerId")

        field_maintainer_id = d.pop("_maintainerId", decode.MISSING)
        if type(field_maintainer_id) is not str:
            field_maintainer_id = decode.expect(field_maintainer_id, str, "_maintainerId")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.WorkflowTemplateOutputLinks.from_dict, field_links, "_links")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        stages = d.pop("stages", UNSET)
        if stages is not UNSET:
            stages = decode.model_array(_models.WorkflowTemplateOutputStagesItem.from_dict, stages, "stages")

        workflow_template_output = cls.__new__(cls)
        workflow_template_output.field_id = field_id
        workflow_template_output.field_key = field_key
        workflow_template_output.field_creation_date = field_creation_date
        workflow_template_output.field_owner_id = field_owner_id
        workflow_template_output.field_maintainer_id = field_maintainer_id
        workflow_template_output.name = name
        workflow_template_output.field_links = field_links
        workflow_template_output.description = description
        workflow_template_output.stages = stages

        workflow_template_output.additional_properties = d if d else {}
        return workflow_template_output

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
