from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.collection_links import CollectionLinks
    from ..models.custom_workflow_output import CustomWorkflowOutput


T = TypeVar("T", bound="CustomWorkflowsListingOutput")


@_attrs_define
class CustomWorkflowsListingOutput:
    """A page of workflows.

    Attributes:
        items (list[CustomWorkflowOutput]):
        total_count (int):
        field_links (CollectionLinks): Navigation links for a page of results.
    """

    items: list[CustomWorkflowOutput]
    total_count: int
    field_links: CollectionLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = jsonable(items_item_data)
            items.append(items_item)

        total_count = self.total_count

        field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "totalCount": total_count,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = decode.model_array(_models.CustomWorkflowOutput.from_dict, d.pop("items", decode.MISSING), "items")

        total_count = d.pop("totalCount", decode.MISSING)
        if type(total_count) is not int:
            total_count = decode.expect(total_count, int, "totalCount")

        field_links = decode.model(_models.CollectionLinks.from_dict, d.pop("_links", decode.MISSING), "_links")

        custom_workflows_listing_output = cls.__new__(cls)
        custom_workflows_listing_output.items = items
        custom_workflows_listing_output.total_count = total_count
        custom_workflows_listing_output.field_links = field_links

        custom_workflows_listing_output.additional_properties = d if d else {}
        return custom_workflows_listing_output

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
