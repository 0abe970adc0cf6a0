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
    from ..models.statement import Statement
    from ..models.webhook_links import WebhookLinks


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook that receives change notifications.

    Attributes:
        field_id (str):
        url (str):  Example: https://hooks.example.com/ld.
        on (bool):  Example: True.
        tags (list[str]):
        field_links (WebhookLinks | Unset):
        name (str | Unset):  Example: Ops notifier.
        secret (str | Unset):
        statements (list[Statement] | Unset):
    """

    field_id: str
    url: str
    on: bool
    tags: list[str]
    field_links: WebhookLinks | Unset = UNSET
    name: str | Unset = UNSET
    secret: str | Unset = UNSET
    statements: list[Statement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        url = self.url

        on = self.on

        tags = self.tags

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        name = self.name

        secret = self.secret

        statements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statements, Unset):
            statements = []
            for statements_item_data in self.statements:
                statements_item = jsonable(statements_item_data)
                statements.append(statements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "url": url,
                "on": on,
                "tags": tags,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if name is not UNSET:
            field_dict["name"] = name
        if secret is not UNSET:
            field_dict["secret"] = secret
        if statements is not UNSET:
            field_dict["statements"] = statements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        url = d.pop("url", decode.MISSING)
        if type(url) is not str:
            url = decode.expect(url, str, "url")

        on = d.pop("on", decode.MISSING)
        if type(on) is not bool:
            on = decode.expect(on, bool, "on")

        tags = decode.scalar_array(d.pop("tags", decode.MISSING), str, "tags")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.WebhookLinks.from_dict, field_links, "_links")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        secret = d.pop("secret", UNSET)
        if type(secret) is not str and secret is not UNSET:
            secret = decode.expect(secret, str, "secret")

        statements = d.pop("statements", UNSET)
        if statements is not UNSET:
            statements = decode.model_array(_models.Statement.from_dict, statements, "statements")

        webhook = cls.__new__(cls)
        webhook.field_id = field_id
        webhook.url = url
        webhook.on = on
        webhook.tags = tags
        webhook.field_links = field_links
        webhook.name = name
        webhook.secret = secret
        webhook.statements = statements

        webhook.additional_properties = d if d else {}
        return webhook

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
