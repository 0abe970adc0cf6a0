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
    from ..models.feature_flag_statuses_links import FeatureFlagStatusesLinks
    from ..models.flag_status_rep import FlagStatusRep


T = TypeVar("T", bound="FeatureFlagStatuses")


@_attrs_define
class FeatureFlagStatuses:
    """Status of every flag in an environment.

    Attributes:
        field_links (FeatureFlagStatusesLinks | Unset):
        items (list[FlagStatusRep] | Unset):
    """

    field_links: FeatureFlagStatusesLinks | Unset = UNSET
    items: list[FlagStatusRep] | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.FeatureFlagStatusesLinks.from_dict, field_links, "_links")

        items = d.pop("items", UNSET)
        if items is not UNSET:
            items = decode.model_array(_models.FlagStatusRep.from_dict, items, "items")

        feature_flag_statuses = cls.__new__(cls)
        feature_flag_statuses.field_links = field_links
        feature_flag_statuses.items = items

        feature_flag_statuses.additional_properties = d if d else {}
        return feature_flag_statuses

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
