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
    from ..models.context_instance_record import ContextInstanceRecord


T = TypeVar("T", bound="ContextInstances")


@_attrs_define
class ContextInstances:
    """A page of context instances.

    Attributes:
        field_environment_id (str):
        items (list[ContextInstanceRecord]):
        field_links (CollectionLinks | Unset): Navigation links for a page of results.
        total_count (int | Unset):  Example: 100.
        continuation_token (str | Unset):
    """

    field_environment_id: str
    items: list[ContextInstanceRecord]
    field_links: CollectionLinks | Unset = UNSET
    total_count: int | Unset = UNSET
    continuation_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_environment_id = self.field_environment_id

        items = []
        for items_item_data in self.items:
            items_item = jsonable(items_item_data)
            items.append(items_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        total_count = self.total_count

        continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_environmentId": field_environment_id,
                "items": items,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if continuation_token is not UNSET:
            field_dict["continuationToken"] = continuation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_environment_id = d.pop("_environmentId", decode.MISSING)
        if type(field_environment_id) is not str:
            field_environment_id = decode.expect(field_environment_id, str, "_environmentId")

        items = decode.model_array(_models.ContextInstanceRecord.from_dict, d.pop("items", decode.MISSING), "items")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.CollectionLinks.from_dict, field_links, "_links")

        total_count = d.pop("totalCount", UNSET)
        if type(total_count) is not int and total_count is not UNSET:
            total_count = decode.expect(total_count, int, "totalCount")

        continuation_token = d.pop("continuationToken", UNSET)
        if type(continuation_token) is not str and continuation_token is not UNSET:
            continuation_token = decode.expect(continuation_token, str, "continuationToken")

        context_instances = cls.__new__(cls)
        context_instances.field_environment_id = field_environment_id
        context_instances.items = items
        context_instances.field_links = field_links
        context_instances.total_count = total_count
        context_instances.continuation_token = continuation_token

        context_instances.additional_properties = d if d else {}
        return context_instances

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
