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
    from ..models.job_node_children_item import JobNodeChildrenItem
    from ..models.job_run import JobRun


T = TypeVar("T", bound="JobNode")


@plain_names({"type": "type_"})
@_attrs_define(slots=False)
class JobNode(ResponseMetadata):
    """A job and the jobs it triggers.

    Attributes:
        id (int):
        name (str):
        type_ (str):
        state (str):
        last_run (JobRun | Unset): One execution of a job.
        children (list[JobNodeChildrenItem] | Unset): Nested nodes with the same shape.
    """

    id: int
    name: str
    type_: str
    state: str
    last_run: JobRun | Unset = UNSET
    children: list[JobNodeChildrenItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        state = self.state

        last_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_run, Unset):
            last_run = jsonable(self.last_run)

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = jsonable(children_item_data)
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "state": state,
            }
        )
        if last_run is not UNSET:
            field_dict["lastRun"] = last_run
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        type_ = d.pop("type", decode.MISSING)
        if type(type_) is not str:
            type_ = decode.expect(type_, str, "type")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        last_run = d.pop("lastRun", UNSET)
        if last_run is not UNSET:
            last_run = decode.model(_models.JobRun.from_dict, last_run, "lastRun")

        children = d.pop("children", UNSET)
        if children is not UNSET:
            children = decode.model_array(_models.JobNodeChildrenItem.from_dict, children, "children")

        job_node = cls.__new__(cls)
        job_node.id = id
        job_node.name = name
        job_node.type_ = type_
        job_node.state = state
        job_node.last_run = last_run
        job_node.children = children

        job_node.additional_properties = d if d else {}
        return job_node

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
