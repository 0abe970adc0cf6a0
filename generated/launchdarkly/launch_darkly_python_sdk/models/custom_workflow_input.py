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
    from ..models.custom_workflow_input_stages_item import CustomWorkflowInputStagesItem


T = TypeVar("T", bound="CustomWorkflowInput")


@_attrs_define
class CustomWorkflowInput:
    """Fields for a new workflow.

    Attributes:
        name (str):  Example: Production rollout.
        maintainer_id (str | Unset):
        description (str | Unset):
        stages (list[CustomWorkflowInputStagesItem] | Unset):
        template_key (str | Unset):
    """

    name: str
    maintainer_id: str | Unset = UNSET
    description: str | Unset = UNSET
    stages: list[CustomWorkflowInputStagesItem] | Unset = UNSET
    template_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        maintainer_id = self.maintainer_id

        description = self.description

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
                "name": name,
            }
        )
        if maintainer_id is not UNSET:
            field_dict["maintainerId"] = maintainer_id
        if description is not UNSET:
            field_dict["description"] = description
        if stages is not UNSET:
            field_dict["stages"] = stages
        if template_key is not UNSET:
            field_dict["templateKey"] = template_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        maintainer_id = d.pop("maintainerId", UNSET)
        if type(maintainer_id) is not str and maintainer_id is not UNSET:
            maintainer_id = decode.expect(maintainer_id, str, "maintainerId")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        stages = d.pop("stages", UNSET)
        if stages is not UNSET:
            stages = decode.model_array(_models.CustomWorkflowInputStagesItem.from_dict, stages, "stages")

        template_key = d.pop("templateKey", UNSET)
        if type(template_key) is not str and template_key is not UNSET:
            template_key = decode.expect(template_key, str, "templateKey")

        custom_workflow_input = cls.__new__(cls)
        custom_workflow_input.name = name
        custom_workflow_input.maintainer_id = maintainer_id
        custom_workflow_input.description = description
        custom_workflow_input.stages = stages
        custom_workflow_input.template_key = template_key

        custom_workflow_input.additional_properties = d if d else {}
        return custom_workflow_input

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
