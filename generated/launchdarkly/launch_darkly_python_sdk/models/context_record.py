from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.context_record_links import ContextRecordLinks


T = TypeVar("T", bound="ContextRecord")


@_attrs_define
class ContextRecord:
    """One context and when it was last seen.

    Attributes:
        context (Any):
        last_seen (datetime.datetime | Unset):
        application_id (str | Unset):  Example: node-server/9.0.1.
        field_links (ContextRecordLinks | Unset):
        associated_contexts (int | Unset):
    """

    context: Any
    last_seen: datetime.datetime | Unset = UNSET
    application_id: str | Unset = UNSET
    field_links: ContextRecordLinks | Unset = UNSET
    associated_contexts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        context = self.context

        last_seen: str | Unset = UNSET
        if not isinstance(self.last_seen, Unset):
            last_seen = rfc3339(self.last_seen)

        application_id = self.application_id

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        associated_contexts = self.associated_contexts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
            }
        )
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if associated_contexts is not UNSET:
            field_dict["associatedContexts"] = associated_contexts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context = d.pop("context")

        last_seen = decode.date_time(d.pop("lastSeen", UNSET), "lastSeen")

        application_id = d.pop("applicationId", UNSET)
        if type(application_id) is not str and application_id is not UNSET:
            application_id = decode.expect(application_id, str, "applicationId")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ContextRecordLinks.from_dict, field_links, "_links")

        associated_contexts = d.pop("associatedContexts", UNSET)
        if type(associated_contexts) is not int and associated_contexts is not UNSET:
            associated_contexts = decode.expect(associated_contexts, int, "associatedContexts")

        context_record = cls.__new__(cls)
        context_record.context = context
        context_record.last_seen = last_seen
        context_record.application_id = application_id
        context_record.field_links = field_links
        context_record.associated_contexts = associated_contexts

        context_record.additional_properties = d if d else {}
        return context_record

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
