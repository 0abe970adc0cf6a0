from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostWorkflowsIdExecutionsExecutionIdRetryBody")


@_attrs_define(slots=False)
class PostWorkflowsIdExecutionsExecutionIdRetryBody(ResponseMetadata):
    """
    Attributes:
        task_name (str | Unset): Retry only this task; all failed tasks when left out.
    """

    task_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        task_name = self.task_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if task_name is not UNSET:
            field_dict["taskName"] = task_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_name = d.pop("taskName", UNSET)
        if type(task_name) is not str and task_name is not UNSET:
            task_name = decode.expect(task_name, str, "taskName")

        post_workflows_id_executions_execution_id_retry_body = cls.__new__(cls)
        post_workflows_id_executions_execution_id_retry_body.task_name = task_name

        post_workflows_id_executions_execution_id_retry_body.additional_properties = d if d else {}
        return post_workflows_id_executions_execution_id_retry_body

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
