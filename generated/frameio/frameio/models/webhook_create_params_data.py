from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.webhook_events_item import WebhookEventsItem, check_webhook_events_item

T = TypeVar("T", bound="WebhookCreateParamsData")


@_attrs_define
class WebhookCreateParamsData:
    """
    Attributes:
        name (str):  Example: Notify render farm.
        url (str):  Example: https://hooks.example.com/frameio.
        events (list[WebhookEventsItem | str]): Event names that trigger the webhook. Example: ['file.ready',
            'comment.created'].
    """

    name: str
    url: str
    events: list[WebhookEventsItem | str]

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        events = []
        for componentsschemas_webhook_events_item_data in self.events:
            componentsschemas_webhook_events_item: str = componentsschemas_webhook_events_item_data
            events.append(componentsschemas_webhook_events_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "url": url,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        url = d.pop("url", decode.MISSING)
        if type(url) is not str:
            url = decode.expect(url, str, "url")

        _events_array = d.pop("events", decode.MISSING)
        events: list[WebhookEventsItem | str]
        if isinstance(_events_array, list):
            events = []
            with decode.in_array("events", events):
                for componentsschemas_webhook_events_item_data in _events_array:
                    componentsschemas_webhook_events_item = check_webhook_events_item(
                        componentsschemas_webhook_events_item_data
                    )

                    events.append(componentsschemas_webhook_events_item)
        else:
            events = decode.mismatch("an array", _events_array, "events")

        webhook_create_params_data = cls.__new__(cls)
        webhook_create_params_data.name = name
        webhook_create_params_data.url = url
        webhook_create_params_data.events = events

        return webhook_create_params_data
