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
    from ..models.link import Link


T = TypeVar("T", bound="StatisticsRoot")


@_attrs_define
class StatisticsRoot:
    """Links to per-project statistics.

    Attributes:
        projects (list[Link] | Unset):
        self_ (Link | Unset): A hypermedia reference.
    """

    projects: list[Link] | Unset = UNSET
    self_: Link | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = jsonable(projects_item_data)
                projects.append(projects_item)

        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = jsonable(self.self_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if projects is not UNSET:
            field_dict["projects"] = projects
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        projects = d.pop("projects", UNSET)
        if projects is not UNSET:
            projects = decode.model_array(_models.Link.from_dict, projects, "projects")

        self_ = d.pop("self", UNSET)
        if self_ is not UNSET:
            self_ = decode.model(_models.Link.from_dict, self_, "self")

        statistics_root = cls.__new__(cls)
        statistics_root.projects = projects
        statistics_root.self_ = self_

        statistics_root.additional_properties = d if d else {}
        return statistics_root

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
