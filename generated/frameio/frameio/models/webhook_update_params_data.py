from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.webhook_events_item import WebhookEventsItem, check_webhook_events_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookUpdateParamsData")


@_attrs_define
class WebhookUpdateParamsData:
    """
    Attributes:
        name (str | Unset):
        url (str | Unset):
        events (list[WebhookEventsItem | str] | Unset): Event names that trigger the webhook. Example: ['file.ready',
            'comment.created'].
        active (bool | Unset):
    """

    name: str | Unset = UNSET
    url: str | Unset = UNSET
    events: list[WebhookEventsItem | str] | Unset = UNSET
    active: bool | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for componentsschemas_webhook_events_item_data in self.events:
                componentsschemas_webhook_events_item: str = componentsschemas_webhook_events_item_data
                events.append(componentsschemas_webhook_events_item)

        active = self.active

        field_dict: dict[str, Any] = {}

        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        url = d.pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = decode.expect(url, str, "url")

        _events_array = d.pop("events", UNSET)
        events: list[WebhookEventsItem | str] | Unset
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

        active = d.pop("active", UNSET)
        if type(active) is not bool and active is not UNSET:
            active = decode.expect(active, bool, "active")

        webhook_update_params_data = cls.__new__(cls)
        webhook_update_params_data.name = name
        webhook_update_params_data.url = url
        webhook_update_params_data.events = events
        webhook_update_params_data.active = active

        return webhook_update_params_data
