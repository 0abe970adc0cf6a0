from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.workflow_task_executions_item import WorkflowTaskExecutionsItem  # noqa: PLC0415
        from ..models.workflow_task_runs_item import WorkflowTaskRunsItem  # noqa: PLC0415

        d = dict(src_dict)
        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        mistral_state = decode.expect(d.pop("mistralState", decode.MISSING), str, "mistralState")

        def _parse_mistral_state_info(data: object) -> None | str:
            if data is None:
                return data
            try:
                with decode.strictly():
                    mistral_state_info_type_0 = decode.expect(data, str)

                return mistral_state_info_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str, decode.mismatch("one of None | str", data, "mistralStateInfo"))

        mistral_state_info = _parse_mistral_state_info(d.pop("mistralStateInfo", decode.MISSING))

        _runs = d.pop("runs", decode.MISSING)
        runs: list[WorkflowTaskRunsItem]
        if isinstance(_runs, list):
            runs = []
            for runs_index, runs_item_data in enumerate(_runs):
                with decode.at("runs", runs_index):
                    runs_item = decode.model(WorkflowTaskRunsItem.from_dict, runs_item_data)

                runs.append(runs_item)
        else:
            runs = decode.mismatch("an array", _runs, "runs")

        _executions = d.pop("executions", decode.MISSING)
        executions: list[WorkflowTaskExecutionsItem]
        if isinstance(_executions, list):
            executions = []
            for executions_index, executions_item_data in enumerate(_executions):
                with decode.at("executions", executions_index):
                    executions_item = decode.model(WorkflowTaskExecutionsItem.from_dict, executions_item_data)

                executions.append(executions_item)
        else:
            executions = decode.mismatch("an array", _executions, "executions")

        workflow_task = cls(
            name=name,
            mistral_state=mistral_state,
            mistral_state_info=mistral_state_info,
            runs=runs,
            executions=executions,
        )

        workflow_task.additional_properties = d
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
