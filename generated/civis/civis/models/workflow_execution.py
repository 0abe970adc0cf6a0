from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.user_simple import UserSimple
    from ..models.workflow_execution_input import WorkflowExecutionInput
    from ..models.workflow_task import WorkflowTask


T = TypeVar("T", bound="WorkflowExecution")


@_attrs_define(slots=False)
class WorkflowExecution(ResponseMetadata):
    """One run of a workflow and the state of its tasks.

    Attributes:
        id (int):
        state (str):
        mistral_state (str):
        mistral_state_info (None | str):
        user (UserSimple): Short reference to a user.
        definition (str):
        input_ (WorkflowExecutionInput):
        included_tasks (list[str]):
        tasks (list[WorkflowTask]):
        started_at (datetime.datetime | None):
        finished_at (datetime.datetime | None):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: int
    state: str
    mistral_state: str
    mistral_state_info: None | str
    user: UserSimple
    definition: str
    input_: WorkflowExecutionInput
    included_tasks: list[str]
    tasks: list[WorkflowTask]
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state

        mistral_state = self.mistral_state

        mistral_state_info: None | str
        mistral_state_info = self.mistral_state_info

        user = self.user.to_dict()

        definition = self.definition

        input_ = self.input_.to_dict()

        included_tasks = self.included_tasks

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "mistralState": mistral_state,
                "mistralStateInfo": mistral_state_info,
                "user": user,
                "definition": definition,
                "input": input_,
                "includedTasks": included_tasks,
                "tasks": tasks,
                "startedAt": started_at,
                "finishedAt": finished_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_simple import UserSimple  # noqa: PLC0415
        from ..models.workflow_execution_input import WorkflowExecutionInput  # noqa: PLC0415
        from ..models.workflow_task import WorkflowTask  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        state = d.pop("state")

        mistral_state = d.pop("mistralState")

        def _parse_mistral_state_info(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mistral_state_info = _parse_mistral_state_info(d.pop("mistralStateInfo"))

        user = UserSimple.from_dict(d.pop("user"))

        definition = d.pop("definition")

        input_ = WorkflowExecutionInput.from_dict(d.pop("input"))

        included_tasks = cast(list[str], d.pop("includedTasks"))

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = WorkflowTask.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("startedAt"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finishedAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        workflow_execution = cls(
            id=id,
            state=state,
            mistral_state=mistral_state,
            mistral_state_info=mistral_state_info,
            user=user,
            definition=definition,
            input_=input_,
            included_tasks=included_tasks,
            tasks=tasks,
            started_at=started_at,
            finished_at=finished_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        workflow_execution.additional_properties = d
        return workflow_execution

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
