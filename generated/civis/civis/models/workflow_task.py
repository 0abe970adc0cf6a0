from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.workflow_task_executions_item import WorkflowTaskExecutionsItem
    from ..models.workflow_task_runs_item import WorkflowTaskRunsItem


T = TypeVar("T", bound="WorkflowTask")


@_attrs_define(slots=False)
class WorkflowTask(ResponseMetadata):
    """
    Attributes:
        name (str):
        mistral_state (str):
        mistral_state_info (None | str):
        runs (list[WorkflowTaskRunsItem]):
        executions (list[WorkflowTaskExecutionsItem]):
    """

    name: str
    mistral_state: str
    mistral_state_info: None | str
    runs: list[WorkflowTaskRunsItem]
    executions: list[WorkflowTaskExecutionsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mistral_state = self.mistral_state

        mistral_state_info: None | str
        mistral_state_info = self.mistral_state_info

        runs = []
        for runs_item_data in self.runs:
            runs_item = jsonable(runs_item_data)
            runs.append(runs_item)

        executions = []
        for executions_item_data in self.executions:
            executions_item = jsonable(executions_item_data)
            executions.append(executions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "mistralState": mistral_state,
                "mistralStateInfo": mistral_state_info,
                "runs": runs,
                "executions": executions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        mistral_state = d.pop("mistralState", decode.MISSING)
        if type(mistral_state) is not str:
            mistral_state = decode.expect(mistral_state, str, "mistralState")

        mistral_state_info = d.pop("mistralStateInfo", decode.MISSING)
        if mistral_state_info is not None and type(mistral_state_info) is not str:
            mistral_state_info = decode.expect(mistral_state_info, str, "mistralStateInfo", "one of None | str")

        runs = decode.model_array(_models.WorkflowTaskRunsItem.from_dict, d.pop("runs", decode.MISSING), "runs")

        executions = decode.model_array(
            _models.WorkflowTaskExecutionsItem.from_dict, d.pop("executions", decode.MISSING), "executions"
        )

        workflow_task = cls.__new__(cls)
        workflow_task.name = name
        workflow_task.mistral_state = mistral_state
        workflow_task.mistral_state_info = mistral_state_info
        workflow_task.runs = runs
        workflow_task.executions = executions

        workflow_task.additional_properties = d if d else {}
        return workflow_task

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
