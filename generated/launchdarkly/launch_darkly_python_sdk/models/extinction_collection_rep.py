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
    from ..models.extinction_collection_rep_items import ExtinctionCollectionRepItems
    from ..models.extinction_collection_rep_links import ExtinctionCollectionRepLinks


T = TypeVar("T", bound="ExtinctionCollectionRep")


@_attrs_define
class ExtinctionCollectionRep:
    """
    Attributes:
        field_links (ExtinctionCollectionRepLinks):
        items (ExtinctionCollectionRepItems):
    """

    field_links: ExtinctionCollectionRepLinks
    items: ExtinctionCollectionRepItems
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_links = jsonable(self.field_links)

        items = jsonable(self.items)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_links = decode.model(
            _models.ExtinctionCollectionRepLinks.from_dict, d.pop("_links", decode.MISSING), "_links"
        )

        items = decode.model(_models.ExtinctionCollectionRepItems.from_dict, d.pop("items", decode.MISSING), "items")

        extinction_collection_rep = cls.__new__(cls)
        extinction_collection_rep.field_links = field_links
        extinction_collection_rep.items = items

        extinction_collection_rep.additional_properties = d if d else {}
        return extinction_collection_rep

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
