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
    from ..models.trigger_workflow_collection_rep_links import TriggerWorkflowCollectionRepLinks
    from ..models.trigger_workflow_rep import TriggerWorkflowRep


T = TypeVar("T", bound="TriggerWorkflowCollectionRep")


@_attrs_define
class TriggerWorkflowCollectionRep:
    """Triggers on a flag.

    Attributes:
        items (list[TriggerWorkflowRep] | Unset):
        field_links (TriggerWorkflowCollectionRepLinks | Unset):
    """

    items: list[TriggerWorkflowRep] | Unset = UNSET
    field_links: TriggerWorkflowCollectionRepLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = jsonable(items_item_data)
                items.append(items_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if items is not UNSET:
            field_dict["items"] = items
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = d.pop("items", UNSET)
        if items is not UNSET:
            items = decode.model_array(_models.TriggerWorkflowRep.from_dict, items, "items")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.TriggerWorkflowCollectionRepLinks.from_dict, field_links, "_links")

        trigger_workflow_collection_rep = cls.__new__(cls)
        trigger_workflow_collection_rep.items = items
        trigger_workflow_collection_rep.field_links = field_links

        trigger_workflow_collection_rep.additional_properties = d if d else {}
        return trigger_workflow_collection_rep

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
