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
    from ..models.application_version_rep import ApplicationVersionRep
    from ..models.application_versions_collection_rep_links import ApplicationVersionsCollectionRepLinks


T = TypeVar("T", bound="ApplicationVersionsCollectionRep")


@_attrs_define
class ApplicationVersionsCollectionRep:
    """
    Attributes:
        field_links (ApplicationVersionsCollectionRepLinks | Unset):
        items (list[ApplicationVersionRep] | Unset):
        total_count (int | Unset):
    """

    field_links: ApplicationVersionsCollectionRepLinks | Unset = UNSET
    items: list[ApplicationVersionRep] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = jsonable(items_item_data)
                items.append(items_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if items is not UNSET:
            field_dict["items"] = items
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ApplicationVersionsCollectionRepLinks.from_dict, field_links, "_links")

        items = d.pop("items", UNSET)
        if items is not UNSET:
            items = decode.model_array(_models.ApplicationVersionRep.from_dict, items, "items")

        total_count = d.pop("totalCount", UNSET)
        if type(total_count) is not int and total_count is not UNSET:
            total_count = decode.expect(total_count, int, "totalCount")

        application_versions_collection_rep = cls.__new__(cls)
        application_versions_collection_rep.field_links = field_links
        application_versions_collection_rep.items = items
        application_versions_collection_rep.total_count = total_count

        application_versions_collection_rep.additional_properties = d if d else {}
        return application_versions_collection_rep

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
