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
    from ..models.audit_log_entry import AuditLogEntry
    from ..models.collection_links import CollectionLinks


T = TypeVar("T", bound="AuditLogEntries")


@_attrs_define
class AuditLogEntries:
    """Audit-log records, newest first.

    Attributes:
        items (list[AuditLogEntry]):
        field_links (CollectionLinks): Navigation links for a page of results.
    """

    items: list[AuditLogEntry]
    field_links: CollectionLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = jsonable(items_item_data)
            items.append(items_item)

        field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = decode.model_array(_models.AuditLogEntry.from_dict, d.pop("items", decode.MISSING), "items")

        field_links = decode.model(_models.CollectionLinks.from_dict, d.pop("_links", decode.MISSING), "_links")

        audit_log_entries = cls.__new__(cls)
        audit_log_entries.items = items
        audit_log_entries.field_links = field_links

        audit_log_entries.additional_properties = d if d else {}
        return audit_log_entries

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
