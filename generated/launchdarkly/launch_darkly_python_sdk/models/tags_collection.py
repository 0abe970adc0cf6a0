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
    from ..models.collection_links import CollectionLinks


T = TypeVar("T", bound="TagsCollection")


@_attrs_define
class TagsCollection:
    """Tags in use across the account.

    Attributes:
        items (list[str]):  Example: ['checkout', 'mobile'].
        field_links (CollectionLinks): Navigation links for a page of results.
        total_count (int | Unset):  Example: 2.
    """

    items: list[str]
    field_links: CollectionLinks
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        items = self.items

        field_links = jsonable(self.field_links)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "_links": field_links,
            }
        )
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = decode.scalar_array(d.pop("items", decode.MISSING), str, "items")

        field_links = decode.model(_models.CollectionLinks.from_dict, d.pop("_links", decode.MISSING), "_links")

        total_count = d.pop("totalCount", UNSET)
        if type(total_count) is not int and total_count is not UNSET:
            total_count = decode.expect(total_count, int, "totalCount")

        tags_collection = cls.__new__(cls)
        tags_collection.items = items
        tags_collection.field_links = field_links
        tags_collection.total_count = total_count

        tags_collection.additional_properties = d if d else {}
        return tags_collection

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
