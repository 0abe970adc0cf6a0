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


T = TypeVar("T", bound="WebhookPost")


@_attrs_define
class WebhookPost:
    """Fields for a new webhook.

    Attributes:
        url (str):  Example: https://hooks.example.com/ld.
        sign (bool): Whether to sign payloads with the secret. Example: False.
        on (bool):  Example: True.
        name (str | Unset):  Example: Ops notifier.
        secret (str | Unset):
        statements (list[Statement] | Unset):
        tags (list[str] | Unset):
    """

    url: str
    sign: bool
    on: bool
    name: str | Unset = UNSET
    secret: str | Unset = UNSET
    statements: list[Statement] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        sign = self.sign

        on = self.on

        name = self.name

        secret = self.secret

        statements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statements, Unset):
            statements = []
            for statements_item_data in self.statements:
                statements_item = jsonable(statements_item_data)
                statements.append(statements_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "sign": sign,
                "on": on,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if secret is not UNSET:
            field_dict["secret"] = secret
        if statements is not UNSET:
            field_dict["statements"] = statements
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", decode.MISSING)
        if type(url) is not str:
            url = decode.expect(url, str, "url")

        sign = d.pop("sign", decode.MISSING)
        if type(sign) is not bool:
            sign = decode.expect(sign, bool, "sign")

        on = d.pop("on", decode.MISSING)
        if type(on) is not bool:
            on = decode.expect(on, bool, "on")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        secret = d.pop("secret", UNSET)
        if type(secret) is not str and secret is not UNSET:
            secret = decode.expect(secret, str, "secret")

        statements = d.pop("statements", UNSET)
        if statements is not UNSET:
            statements = decode.model_array(_models.Statement.from_dict, statements, "statements")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        webhook_post = cls.__new__(cls)
        webhook_post.url = url
        webhook_post.sign = sign
        webhook_post.on = on
        webhook_post.name = name
        webhook_post.secret = secret
        webhook_post.statements = statements
        webhook_post.tags = tags

        webhook_post.additional_properties = d if d else {}
        return webhook_post

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
