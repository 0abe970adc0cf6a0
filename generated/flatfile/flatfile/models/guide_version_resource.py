from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuideVersionResource")


@_attrs_define
class GuideVersionResource:
    """One revision of a guide.

    Attributes:
        version (int):  Example: 1.
        content (str): Guide body for this revision.
        title (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    version: int
    content: str
    title: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        content = self.content

        title = self.title

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "content": content,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version", decode.MISSING)
        if type(version) is not int:
            version = decode.expect(version, int, "version")

        content = d.pop("content", decode.MISSING)
        if type(content) is not str:
            content = decode.expect(content, str, "content")

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = decode.expect(title, str, "title")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        guide_version_resource = cls.__new__(cls)
        guide_version_resource.version = version
        guide_version_resource.content = content
        guide_version_resource.title = title
        guide_version_resource.created_at = created_at

        guide_version_resource.additional_properties = d if d else {}
        return guide_version_resource

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
