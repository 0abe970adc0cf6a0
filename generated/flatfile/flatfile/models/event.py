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
from ..models.domain import Domain, check_domain
from ..models.event_topic import EventTopic, check_event_topic
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.context import Context
    from ..models.event_attributes import EventAttributes
    from ..models.event_payload import EventPayload
    from ..models.origin import Origin


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """Something that happened on the platform.

    Attributes:
        topic (EventTopic | str): Name of an event emitted by the platform. Example: workbook:updated.
        domain (Domain | str): Area of the platform an event belongs to. Example: workbook.
        context (Context): Resources an event is about.
        payload (EventPayload):  Example: {'recordsAdded': 100}.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_evt_YOUR_ID.
        attributes (EventAttributes | Unset): Extra facts about an event.
        callback_url (str | Unset):
        data_url (str | Unset):
        target (str | Unset):
        origin (Origin | Unset): Where an event came from.
        namespaces (list[str] | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        deleted_at (datetime.datetime | None | Unset):
        acknowledged_at (datetime.datetime | None | Unset): When a listener acknowledged the event.
        acknowledged_by (None | str | Unset):
    """

    topic: EventTopic | str
    domain: Domain | str
    context: Context
    payload: EventPayload
    id: str | Unset = UNSET
    attributes: EventAttributes | Unset = UNSET
    callback_url: str | Unset = UNSET
    data_url: str | Unset = UNSET
    target: str | Unset = UNSET
    origin: Origin | Unset = UNSET
    namespaces: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    acknowledged_at: datetime.datetime | None | Unset = UNSET
    acknowledged_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        topic: str = self.topic

        domain: str = self.domain

        context = jsonable(self.context)

        payload = jsonable(self.payload)

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = jsonable(self.attributes)

        callback_url = self.callback_url

        data_url = self.data_url

        target = self.target

        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = jsonable(self.origin)

        namespaces: list[str] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = rfc3339(self.deleted_at)
        else:
            deleted_at = self.deleted_at

        acknowledged_at: None | str | Unset
        if isinstance(self.acknowledged_at, Unset):
            acknowledged_at = UNSET
        elif isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = rfc3339(self.acknowledged_at)
        else:
            acknowledged_at = self.acknowledged_at

        acknowledged_by: None | str | Unset
        if isinstance(self.acknowledged_by, Unset):
            acknowledged_by = UNSET
        else:
            acknowledged_by = self.acknowledged_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "domain": domain,
                "context": context,
                "payload": payload,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if data_url is not UNSET:
            field_dict["dataUrl"] = data_url
        if target is not UNSET:
            field_dict["target"] = target
        if origin is not UNSET:
            field_dict["origin"] = origin
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if acknowledged_at is not UNSET:
            field_dict["acknowledgedAt"] = acknowledged_at
        if acknowledged_by is not UNSET:
            field_dict["acknowledgedBy"] = acknowledged_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        topic = check_event_topic(d.pop("topic", decode.MISSING), "topic")

        domain = check_domain(d.pop("domain", decode.MISSING), "domain")

        context = decode.model(_models.Context.from_dict, d.pop("context", decode.MISSING), "context")

        payload = decode.model(_models.EventPayload.from_dict, d.pop("payload", decode.MISSING), "payload")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        attributes = d.pop("attributes", UNSET)
        if attributes is not UNSET:
            attributes = decode.model(_models.EventAttributes.from_dict, attributes, "attributes")

        callback_url = d.pop("callbackUrl", UNSET)
        if type(callback_url) is not str and callback_url is not UNSET:
            callback_url = decode.expect(callback_url, str, "callbackUrl")

        data_url = d.pop("dataUrl", UNSET)
        if type(data_url) is not str and data_url is not UNSET:
            data_url = decode.expect(data_url, str, "dataUrl")

        target = d.pop("target", UNSET)
        if type(target) is not str and target is not UNSET:
            target = decode.expect(target, str, "target")

        origin = d.pop("origin", UNSET)
        if origin is not UNSET:
            origin = decode.model(_models.Origin.from_dict, origin, "origin")

        namespaces = d.pop("namespaces", UNSET)
        if namespaces is not UNSET:
            namespaces = decode.scalar_array(namespaces, str, "namespaces")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        deleted_at = d.pop("deletedAt", UNSET)
        if deleted_at is not None and deleted_at is not UNSET:
            deleted_at = decode.date_time(deleted_at, "deletedAt", expected="one of datetime.datetime | None")

        acknowledged_at = d.pop("acknowledgedAt", UNSET)
        if acknowledged_at is not None and acknowledged_at is not UNSET:
            acknowledged_at = decode.date_time(
                acknowledged_at, "acknowledgedAt", expected="one of datetime.datetime | None"
            )

        acknowledged_by = d.pop("acknowledgedBy", UNSET)
        if acknowledged_by is not None and type(acknowledged_by) is not str and acknowledged_by is not UNSET:
            acknowledged_by = decode.expect(acknowledged_by, str, "acknowledgedBy", "one of None | str")

        event = cls.__new__(cls)
        event.topic = topic
        event.domain = domain
        event.context = context
        event.payload = payload
        event.id = id
        event.attributes = attributes
        event.callback_url = callback_url
        event.data_url = data_url
        event.target = target
        event.origin = origin
        event.namespaces = namespaces
        event.created_at = created_at
        event.deleted_at = deleted_at
        event.acknowledged_at = acknowledged_at
        event.acknowledged_by = acknowledged_by

        event.additional_properties = d if d else {}
        return event

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
