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
    from ..models.flag_link_post_metadata import FlagLinkPostMetadata


T = TypeVar("T", bound="FlagLinkPost")


@_attrs_define
class FlagLinkPost:
    """Fields for a new flag link.

    Attributes:
        key (str | Unset):  Example: design-doc.
        integration_key (str | Unset):
        timestamp (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        deep_link (str | Unset):  Example: https://example.com/docs/123.
        title (str | Unset):  Example: Design doc.
        description (str | Unset):
        metadata (FlagLinkPostMetadata | Unset):
    """

    key: str | Unset = UNSET
    integration_key: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    deep_link: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: FlagLinkPostMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        integration_key = self.integration_key

        timestamp = self.timestamp

        deep_link = self.deep_link

        title = self.title

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key is not UNSET:
            field_dict["key"] = key
        if integration_key is not UNSET:
            field_dict["integrationKey"] = integration_key
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if deep_link is not UNSET:
            field_dict["deepLink"] = deep_link
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        if type(key) is not str and key is not UNSET:
            key = decode.expect(key, str, "key")

        integration_key = d.pop("integrationKey", UNSET)
        if type(integration_key) is not str and integration_key is not UNSET:
            integration_key = decode.expect(integration_key, str, "integrationKey")

        timestamp = d.pop("timestamp", UNSET)
        if type(timestamp) is not int and timestamp is not UNSET:
            timestamp = decode.expect(timestamp, int, "timestamp")

        deep_link = d.pop("deepLink", UNSET)
        if type(deep_link) is not str and deep_link is not UNSET:
            deep_link = decode.expect(deep_link, str, "deepLink")

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = decode.expect(title, str, "title")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.FlagLinkPostMetadata.from_dict, metadata, "metadata")

        flag_link_post = cls.__new__(cls)
        flag_link_post.key = key
        flag_link_post.integration_key = integration_key
        flag_link_post.timestamp = timestamp
        flag_link_post.deep_link = deep_link
        flag_link_post.title = title
        flag_link_post.description = description
        flag_link_post.metadata = metadata

        flag_link_post.additional_properties = d if d else {}
        return flag_link_post

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
