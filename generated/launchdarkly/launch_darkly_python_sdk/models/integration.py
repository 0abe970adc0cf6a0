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
    from ..models.integration_config import IntegrationConfig
    from ..models.integration_links import IntegrationLinks
    from ..models.statement import Statement


T = TypeVar("T", bound="Integration")


@_attrs_define
class Integration:
    """An audit-log subscription for an integration.

    Attributes:
        field_links (IntegrationLinks | Unset):
        field_id (str | Unset):
        kind (str | Unset):  Example: datadog.
        name (str | Unset):  Example: Datadog events.
        config (IntegrationConfig | Unset):
        statements (list[Statement] | Unset):
        on (bool | Unset):  Example: True.
        tags (list[str] | Unset):
        url (str | Unset):
        api_key (str | Unset):
    """

    field_links: IntegrationLinks | Unset = UNSET
    field_id: str | Unset = UNSET
    kind: str | Unset = UNSET
    name: str | Unset = UNSET
    config: IntegrationConfig | Unset = UNSET
    statements: list[Statement] | Unset = UNSET
    on: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    url: str | Unset = UNSET
    api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_id = self.field_id

        kind = self.kind

        name = self.name

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
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
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if config is not UNSET:
            field_dict["config"] = config
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
        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.IntegrationLinks.from_dict, field_links, "_links")

        field_id = d.pop("_id", UNSET)
        if type(field_id) is not str and field_id is not UNSET:
            field_id = decode.expect(field_id, str, "_id")

        kind = d.pop("kind", UNSET)
        if type(kind) is not str and kind is not UNSET:
            kind = decode.expect(kind, str, "kind")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        config = d.pop("config", UNSET)
        if config is not UNSET:
            config = decode.model(_models.IntegrationConfig.from_dict, config, "config")

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

        integration = cls.__new__(cls)
        integration.field_links = field_links
        integration.field_id = field_id
        integration.kind = kind
        integration.name = name
        integration.config = config
        integration.statements = statements
        integration.on = on
        integration.tags = tags
        integration.url = url
        integration.api_key = api_key

        integration.additional_properties = d if d else {}
        return integration

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
