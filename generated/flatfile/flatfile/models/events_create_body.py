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
    from ..models.events_create_body_payload import EventsCreateBodyPayload
    from ..models.origin import Origin


T = TypeVar("T", bound="EventsCreateBody")


@_attrs_define
class EventsCreateBody:
    """
    Attributes:
        topic (EventTopic | str): Name of an event emitted by the platform. Example: workbook:updated.
        payload (EventsCreateBodyPayload): Event data. Example: {'recordsAdded': 100}.
        domain (Domain | str): Area of the platform an event belongs to. Example: workbook.
        context (Context): Resources an event is about.
        deleted_at (datetime.datetime | Unset):
        attributes (EventAttributes | Unset): Extra facts about an event.
        callback_url (str | Unset): URL that acknowledges the event.
        data_url (str | Unset): URL with the data the event refers to.
        target (str | Unset):
        origin (Origin | Unset): Where an event came from.
        namespaces (list[str] | Unset):
    """

    topic: EventTopic | str
    payload: EventsCreateBodyPayload
    domain: Domain | str
    context: Context
    deleted_at: datetime.datetime | Unset = UNSET
    attributes: EventAttributes | Unset = UNSET
    callback_url: str | Unset = UNSET
    data_url: str | Unset = UNSET
    target: str | Unset = UNSET
    origin: Origin | Unset = UNSET
    namespaces: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        topic: str = self.topic

        payload = jsonable(self.payload)

        domain: str = self.domain

        context = jsonable(self.context)

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = rfc3339(self.deleted_at)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "payload": payload,
                "domain": domain,
                "context": context,
            }
        )
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        topic = check_event_topic(d.pop("topic", decode.MISSING), "topic")

        payload = decode.model(_models.EventsCreateBodyPayload.from_dict, d.pop("payload", decode.MISSING), "payload")

        domain = check_domain(d.pop("domain", decode.MISSING), "domain")

        context = decode.model(_models.Context.from_dict, d.pop("context", decode.MISSING), "context")

        deleted_at = decode.date_time(d.pop("deletedAt", UNSET), "deletedAt")

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

        events_create_body = cls.__new__(cls)
        events_create_body.topic = topic
        events_create_body.payload = payload
        events_create_body.domain = domain
        events_create_body.context = context
        events_create_body.deleted_at = deleted_at
        events_create_body.attributes = attributes
        events_create_body.callback_url = callback_url
        events_create_body.data_url = data_url
        events_create_body.target = target
        events_create_body.origin = origin
        events_create_body.namespaces = namespaces

        events_create_body.additional_properties = d if d else {}
        return events_create_body

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
