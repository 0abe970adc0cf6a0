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
    from ..models.project_summary import ProjectSummary


T = TypeVar("T", bound="TeamProjects")


@_attrs_define
class TeamProjects:
    """
    Attributes:
        total_count (int | Unset):
        items (list[ProjectSummary] | Unset):
    """

    total_count: int | Unset = UNSET
    items: list[ProjectSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = jsonable(items_item_data)
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("totalCount", UNSET)
        if type(total_count) is not int and total_count is not UNSET:
            total_count = decode.expect(total_count, int, "totalCount")

        items = d.pop("items", UNSET)
        if items is not UNSET:
            items = decode.model_array(_models.ProjectSummary.from_dict, items, "items")

        team_projects = cls.__new__(cls)
        team_projects.total_count = total_count
        team_projects.items = items

        team_projects.additional_properties = d if d else {}
        return team_projects

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
