from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.statement import Statement  # noqa: PLC0415

        d = dict(src_dict)
        url = decode.expect(d.pop("url", decode.MISSING), str, "url")

        sign = decode.expect(d.pop("sign", decode.MISSING), bool, "sign")

        on = decode.expect(d.pop("on", decode.MISSING), bool, "on")

        name = decode.expect(d.pop("name", UNSET), str, "name")

        secret = decode.expect(d.pop("secret", UNSET), str, "secret")

        _statements = d.pop("statements", UNSET)
        statements: list[Statement] | Unset
        if isinstance(_statements, list):
            statements = []
            for statements_index, statements_item_data in enumerate(_statements):
                with decode.at("statements", statements_index):
                    statements_item = decode.model(Statement.from_dict, statements_item_data)

                statements.append(statements_item)
        else:
            statements = decode.mismatch("an array", _statements, "statements")

        _tags = d.pop("tags", UNSET)
        tags: list[str] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_index, tags_item_data in enumerate(_tags):
                with decode.at("tags", tags_index):
                    tags_item = decode.expect(tags_item_data, str)

                tags.append(tags_item)
        else:
            tags = decode.mismatch("an array", _tags, "tags")

        webhook_post = cls(
            url=url,
            sign=sign,
            on=on,
            name=name,
            secret=secret,
            statements=statements,
            tags=tags,
        )

        webhook_post.additional_properties = d
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
