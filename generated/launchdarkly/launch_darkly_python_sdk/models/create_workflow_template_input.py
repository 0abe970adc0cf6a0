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
    from ..models.stage_input import StageInput


T = TypeVar("T", bound="CreateWorkflowTemplateInput")


@_attrs_define
class CreateWorkflowTemplateInput:
    """
    Attributes:
        key (str):
        name (str | Unset):
        description (str | Unset):
        workflow_id (str | Unset):
        stages (list[StageInput] | Unset):
        project_key (str | Unset):
        environment_key (str | Unset):
        flag_key (str | Unset):
    """

    key: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    stages: list[StageInput] | Unset = UNSET
    project_key: str | Unset = UNSET
    environment_key: str | Unset = UNSET
    flag_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        description = self.description

        workflow_id = self.workflow_id

        stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item = jsonable(stages_item_data)
                stages.append(stages_item)

        project_key = self.project_key

        environment_key = self.environment_key

        flag_key = self.flag_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if workflow_id is not UNSET:
            field_dict["workflowId"] = workflow_id
        if stages is not UNSET:
            field_dict["stages"] = stages
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if environment_key is not UNSET:
            field_dict["environmentKey"] = environment_key
        if flag_key is not UNSET:
            field_dict["flagKey"] = flag_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        workflow_id = d.pop("workflowId", UNSET)
        if type(workflow_id) is not str and workflow_id is not UNSET:
            workflow_id = decode.expect(workflow_id, str, "workflowId")

        stages = d.pop("stages", UNSET)
        if stages is not UNSET:
            stages = decode.model_array(_models.StageInput.from_dict, stages, "stages")

        project_key = d.pop("projectKey", UNSET)
        if type(project_key) is not str and project_key is not UNSET:
            project_key = decode.expect(project_key, str, "projectKey")

        environment_key = d.pop("environmentKey", UNSET)
        if type(environment_key) is not str and environment_key is not UNSET:
            environment_key = decode.expect(environment_key, str, "environmentKey")

        flag_key = d.pop("flagKey", UNSET)
        if type(flag_key) is not str and flag_key is not UNSET:
            flag_key = decode.expect(flag_key, str, "flagKey")

        create_workflow_template_input = cls.__new__(cls)
        create_workflow_template_input.key = key
        create_workflow_template_input.name = name
        create_workflow_template_input.description = description
        create_workflow_template_input.workflow_id = workflow_id
        create_workflow_template_input.stages = stages
        create_workflow_template_input.project_key = project_key
        create_workflow_template_input.environment_key = environment_key
        create_workflow_template_input.flag_key = flag_key

        create_workflow_template_input.additional_properties = d if d else {}
        return create_workflow_template_input

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
