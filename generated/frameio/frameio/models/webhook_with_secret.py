from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..models.webhook_events_item import WebhookEventsItem, check_webhook_events_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookWithSecret")


@_attrs_define
class WebhookWithSecret:
    """
    Attributes:
        id (UUID):  Example: 5c8e0a2b-4d6f-4871-93a5-b7c9d1e3f5a7.
        name (str):  Example: Notify render farm.
        url (str):  Example: https://hooks.example.com/frameio.
        events (list[WebhookEventsItem | str]): Event names that trigger the webhook. Example: ['file.ready',
            'comment.created'].
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        secret (str): Signing secret; only returned once, at creation.
        active (bool | Unset):
        workspace_id (None | Unset | UUID):
    """

    id: UUID
    name: str
    url: str
    events: list[WebhookEventsItem | str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    secret: str
    active: bool | Unset = UNSET
    workspace_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        url = self.url

        events = []
        for componentsschemas_webhook_events_item_data in self.events:
            componentsschemas_webhook_events_item: str = componentsschemas_webhook_events_item_data
            events.append(componentsschemas_webhook_events_item)

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        secret = self.secret

        active = self.active

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        elif isinstance(self.workspace_id, UUID):
            workspace_id = str(self.workspace_id)
        else:
            workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "url": url,
                "events": events,
                "created_at": created_at,
                "updated_at": updated_at,
                "secret": secret,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

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

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        secret = d.pop("secret", decode.MISSING)
        if type(secret) is not str:
            secret = decode.expect(secret, str, "secret")

        active = d.pop("active", UNSET)
        if type(active) is not bool and active is not UNSET:
            active = decode.expect(active, bool, "active")

        workspace_id = d.pop("workspace_id", UNSET)
        if workspace_id is not None and workspace_id is not UNSET:
            workspace_id = decode.uuid(workspace_id, "workspace_id", expected="one of None | UUID")

        webhook_with_secret = cls.__new__(cls)
        webhook_with_secret.id = id
        webhook_with_secret.name = name
        webhook_with_secret.url = url
        webhook_with_secret.events = events
        webhook_with_secret.created_at = created_at
        webhook_with_secret.updated_at = updated_at
        webhook_with_secret.secret = secret
        webhook_with_secret.active = active
        webhook_with_secret.workspace_id = workspace_id

        webhook_with_secret.additional_properties = d if d else {}
        return webhook_with_secret

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
