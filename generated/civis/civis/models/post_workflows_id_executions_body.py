from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_workflows_id_executions_body_input import PostWorkflowsIdExecutionsBodyInput


T = TypeVar("T", bound="PostWorkflowsIdExecutionsBody")


@plain_names({"input": "input_"})
@_attrs_define(slots=False)
class PostWorkflowsIdExecutionsBody(ResponseMetadata):
    """
    Attributes:
        target_task (str | Unset): For reverse workflows: the task to reach.
        input_ (PostWorkflowsIdExecutionsBodyInput | Unset): Input values.
        included_tasks (list[str] | Unset): Run only these tasks.
    """

    target_task: str | Unset = UNSET
    input_: PostWorkflowsIdExecutionsBodyInput | Unset = UNSET
    included_tasks: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        target_task = self.target_task

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = jsonable(self.input_)

        included_tasks: list[str] | Unset = UNSET
        if not isinstance(self.included_tasks, Unset):
            included_tasks = self.included_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if target_task is not UNSET:
            field_dict["targetTask"] = target_task
        if input_ is not UNSET:
            field_dict["input"] = input_
        if included_tasks is not UNSET:
            field_dict["includedTasks"] = included_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_task = d.pop("targetTask", UNSET)
        if type(target_task) is not str and target_task is not UNSET:
            target_task = decode.expect(target_task, str, "targetTask")

        input_ = d.pop("input", UNSET)
        if input_ is not UNSET:
            input_ = decode.model(_models.PostWorkflowsIdExecutionsBodyInput.from_dict, input_, "input")

        included_tasks = d.pop("includedTasks", UNSET)
        if included_tasks is not UNSET:
            included_tasks = decode.scalar_array(included_tasks, str, "includedTasks")

        post_workflows_id_executions_body = cls.__new__(cls)
        post_workflows_id_executions_body.target_task = target_task
        post_workflows_id_executions_body.input_ = input_
        post_workflows_id_executions_body.included_tasks = included_tasks

        post_workflows_id_executions_body.additional_properties = d if d else {}
        return post_workflows_id_executions_body

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
