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
    from ..models.integration import Integration
    from ..models.integrations_links import IntegrationsLinks


T = TypeVar("T", bound="Integrations")


@_attrs_define
class Integrations:
    """Subscriptions of one integration.

    Attributes:
        field_links (IntegrationsLinks | Unset):
        items (list[Integration] | Unset):
        key (str | Unset):  Example: datadog.
    """

    field_links: IntegrationsLinks | Unset = UNSET
    items: list[Integration] | Unset = UNSET
    key: str | Unset = UNSET
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

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if items is not UNSET:
            field_dict["items"] = items
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.IntegrationsLinks.from_dict, field_links, "_links")

        items = d.pop("items", UNSET)
        if items is not UNSET:
            items = decode.model_array(_models.Integration.from_dict, items, "items")

        key = d.pop("key", UNSET)
        if type(key) is not str and key is not UNSET:
            key = decode.expect(key, str, "key")

        integrations = cls.__new__(cls)
        integrations.field_links = field_links
        integrations.items = items
        integrations.key = key

        integrations.additional_properties = d if d else {}
        return integrations

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
