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
    from ..models.context_instance_record_links import ContextInstanceRecordLinks


T = TypeVar("T", bound="ContextInstanceRecord")


@_attrs_define
class ContextInstanceRecord:
    """One context instance.

    Attributes:
        id (str):
        context (Any):
        last_seen (datetime.datetime | Unset):
        application_id (str | Unset):
        anonymous_kinds (list[str] | Unset):
        field_links (ContextInstanceRecordLinks | Unset):
    """

    id: str
    context: Any
    last_seen: datetime.datetime | Unset = UNSET
    application_id: str | Unset = UNSET
    anonymous_kinds: list[str] | Unset = UNSET
    field_links: ContextInstanceRecordLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        context = self.context

        last_seen: str | Unset = UNSET
        if not isinstance(self.last_seen, Unset):
            last_seen = rfc3339(self.last_seen)

        application_id = self.application_id

        anonymous_kinds: list[str] | Unset = UNSET
        if not isinstance(self.anonymous_kinds, Unset):
            anonymous_kinds = self.anonymous_kinds

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "context": context,
            }
        )
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if anonymous_kinds is not UNSET:
            field_dict["anonymousKinds"] = anonymous_kinds
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        context = d.pop("context")

        last_seen = decode.date_time(d.pop("lastSeen", UNSET), "lastSeen")

        application_id = d.pop("applicationId", UNSET)
        if type(application_id) is not str and application_id is not UNSET:
            application_id = decode.expect(application_id, str, "applicationId")

        anonymous_kinds = d.pop("anonymousKinds", UNSET)
        if anonymous_kinds is not UNSET:
            anonymous_kinds = decode.scalar_array(anonymous_kinds, str, "anonymousKinds")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ContextInstanceRecordLinks.from_dict, field_links, "_links")

        context_instance_record = cls.__new__(cls)
        context_instance_record.id = id
        context_instance_record.context = context
        context_instance_record.last_seen = last_seen
        context_instance_record.application_id = application_id
        context_instance_record.anonymous_kinds = anonymous_kinds
        context_instance_record.field_links = field_links

        context_instance_record.additional_properties = d if d else {}
        return context_instance_record

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
