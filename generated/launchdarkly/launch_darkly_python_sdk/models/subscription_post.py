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
    from ..models.subscription_post_config import SubscriptionPostConfig


T = TypeVar("T", bound="SubscriptionPost")


@_attrs_define
class SubscriptionPost:
    """Fields for a new subscription.

    Attributes:
        name (str):  Example: Datadog events.
        config (SubscriptionPostConfig): Settings required by the integration.
        statements (list[Statement] | Unset):
        on (bool | Unset):  Example: True.
        tags (list[str] | Unset):
        url (str | Unset):
        api_key (str | Unset):
    """

    name: str
    config: SubscriptionPostConfig
    statements: list[Statement] | Unset = UNSET
    on: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    url: str | Unset = UNSET
    api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        config = jsonable(self.config)

        statements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statements, Unset):
            statements = []
            for statements_item_data in self.statements:
                statements_item = jsonable(statements_item_data)
                statements.append(statements_item)

        on = self.on

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        url = self.url

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "config": config,
            }
        )
        if statements is not UNSET:
            field_dict["statements"] = statements
        if on is not UNSET:
            field_dict["on"] = on
        if tags is not UNSET:
            field_dict["tags"] = tags
        if url is not UNSET:
            field_dict["url"] = url
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        config = decode.model(_models.SubscriptionPostConfig.from_dict, d.pop("config", decode.MISSING), "config")

        statements = d.pop("statements", UNSET)
        if statements is not UNSET:
            statements = decode.model_array(_models.Statement.from_dict, statements, "statements")

        on = d.pop("on", UNSET)
        if type(on) is not bool and on is not UNSET:
            on = decode.expect(on, bool, "on")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        url = d.pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = decode.expect(url, str, "url")

        api_key = d.pop("apiKey", UNSET)
        if type(api_key) is not str and api_key is not UNSET:
            api_key = decode.expect(api_key, str, "apiKey")

        subscription_post = cls.__new__(cls)
        subscription_post.name = name
        subscription_post.config = config
        subscription_post.statements = statements
        subscription_post.on = on
        subscription_post.tags = tags
        subscription_post.url = url
        subscription_post.api_key = api_key

        subscription_post.additional_properties = d if d else {}
        return subscription_post

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
