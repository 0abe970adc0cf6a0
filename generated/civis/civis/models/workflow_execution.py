from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.user_simple import UserSimple
    from ..models.workflow_execution_input import WorkflowExecutionInput
    from ..models.workflow_task import WorkflowTask


T = TypeVar("T", bound="WorkflowExecution")


@plain_names({"input": "input_"})
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

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state

        mistral_state = self.mistral_state

        mistral_state_info: None | str
        mistral_state_info = self.mistral_state_info

        user = jsonable(self.user)

        definition = self.definition

        input_ = jsonable(self.input_)

        included_tasks = self.included_tasks

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = jsonable(tasks_item_data)
            tasks.append(tasks_item)

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = rfc3339(self.started_at)
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = rfc3339(self.finished_at)
        else:
            finished_at = self.finished_at

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

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
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        mistral_state = d.pop("mistralState", decode.MISSING)
        if type(mistral_state) is not str:
            mistral_state = decode.expect(mistral_state, str, "mistralState")

        mistral_state_info = d.pop("mistralStateInfo", decode.MISSING)
        if mistral_state_info is not None and type(mistral_state_info) is not str:
            mistral_state_info = decode.expect(mistral_state_info, str, "mistralStateInfo", "one of None | str")

        user = decode.model(_models.UserSimple.from_dict, d.pop("user", decode.MISSING), "user")

        definition = d.pop("definition", decode.MISSING)
        if type(definition) is not str:
            definition = decode.expect(definition, str, "definition")

        input_ = decode.model(_models.WorkflowExecutionInput.from_dict, d.pop("input", decode.MISSING), "input")

        included_tasks = decode.scalar_array(d.pop("includedTasks", decode.MISSING), str, "includedTasks")

        tasks = decode.model_array(_models.WorkflowTask.from_dict, d.pop("tasks", decode.MISSING), "tasks")

        started_at = d.pop("startedAt", decode.MISSING)
        if started_at is not None:
            started_at = decode.date_time(started_at, "startedAt", expected="one of datetime.datetime | None")

        finished_at = d.pop("finishedAt", decode.MISSING)
        if finished_at is not None:
            finished_at = decode.date_time(finished_at, "finishedAt", expected="one of datetime.datetime | None")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        workflow_execution = cls.__new__(cls)
        workflow_execution.id = id
        workflow_execution.state = state
        workflow_execution.mistral_state = mistral_state
        workflow_execution.mistral_state_info = mistral_state_info
        workflow_execution.user = user
        workflow_execution.definition = definition
        workflow_execution.input_ = input_
        workflow_execution.included_tasks = included_tasks
        workflow_execution.tasks = tasks
        workflow_execution.started_at = started_at
        workflow_execution.finished_at = finished_at
        workflow_execution.created_at = created_at
        workflow_execution.updated_at = updated_at

        workflow_execution.additional_properties = d if d else {}
        return workflow_execution

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
