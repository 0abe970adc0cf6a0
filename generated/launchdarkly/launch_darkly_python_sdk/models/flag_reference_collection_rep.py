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
    from ..models.flag_reference_rep import FlagReferenceRep


T = TypeVar("T", bound="FlagReferenceCollectionRep")


@_attrs_define
class FlagReferenceCollectionRep:
    """
    Attributes:
        total_count (int):
        items (list[FlagReferenceRep]):
    """

    total_count: int
    items: list[FlagReferenceRep]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        items = []
        for items_item_data in self.items:
            items_item = jsonable(items_item_data)
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCount": total_count,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_count = d.pop("totalCount", decode.MISSING)
        if type(total_count) is not int:
            total_count = decode.expect(total_count, int, "totalCount")

        items = decode.model_array(_models.FlagReferenceRep.from_dict, d.pop("items", decode.MISSING), "items")

        flag_reference_collection_rep = cls.__new__(cls)
        flag_reference_collection_rep.total_count = total_count
        flag_reference_collection_rep.items = items

        flag_reference_collection_rep.additional_properties = d if d else {}
        return flag_reference_collection_rep

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
