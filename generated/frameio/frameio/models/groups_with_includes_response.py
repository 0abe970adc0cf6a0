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
    from ..models.group_with_includes import GroupWithIncludes
    from ..models.links import Links


T = TypeVar("T", bound="GroupsWithIncludesResponse")


@_attrs_define
class GroupsWithIncludesResponse:
    """One page of `GroupWithIncludes` items.

    Attributes:
        data (list[GroupWithIncludes]):
        links (Links): Paging links.
        total_count (int | None | Unset): Filled only when `include_total_count=true`.
    """

    data: list[GroupWithIncludes]
    links: Links
    total_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = jsonable(data_item_data)
            data.append(data_item)

        links = jsonable(self.links)

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "links": links,
            }
        )
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = decode.model_array(_models.GroupWithIncludes.from_dict, d.pop("data", decode.MISSING), "data")

        links = decode.model(_models.Links.from_dict, d.pop("links", decode.MISSING), "links")

        total_count = d.pop("total_count", UNSET)
        if total_count is not None and type(total_count) is not int and total_count is not UNSET:
            total_count = decode.expect(total_count, int, "total_count", "one of int | None")

        groups_with_includes_response = cls.__new__(cls)
        groups_with_includes_response.data = data
        groups_with_includes_response.links = links
        groups_with_includes_response.total_count = total_count

        groups_with_includes_response.additional_properties = d if d else {}
        return groups_with_includes_response

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
