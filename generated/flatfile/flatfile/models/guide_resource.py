from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guide_resource_blocks_item import GuideResourceBlocksItem
    from ..models.guide_resource_metadata import GuideResourceMetadata
    from ..models.guide_version_resource import GuideVersionResource


T = TypeVar("T", bound="GuideResource")


@_attrs_define
class GuideResource:
    """Step-by-step help content for an environment.

    Attributes:
        title (str):  Example: Data import made easy.
        slug (str):  Example: getting-started.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_gd_YOUR_ID.
        description (str | Unset):  Example: Getting started guide.
        blocks (list[GuideResourceBlocksItem] | Unset):
        metadata (GuideResourceMetadata | Unset):
        versions (list[GuideVersionResource] | Unset):
        environment_id (str | Unset):  Example: us_env_YOUR_ID.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    title: str
    slug: str
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    blocks: list[GuideResourceBlocksItem] | Unset = UNSET
    metadata: GuideResourceMetadata | Unset = UNSET
    versions: list[GuideVersionResource] | Unset = UNSET
    environment_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        slug = self.slug

        id = self.id

        description = self.description

        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = jsonable(blocks_item_data)
                blocks.append(blocks_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = jsonable(versions_item_data)
                versions.append(versions_item)

        environment_id = self.environment_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "slug": slug,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if versions is not UNSET:
            field_dict["versions"] = versions
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", decode.MISSING)
        if type(title) is not str:
            title = decode.expect(title, str, "title")

        slug = d.pop("slug", decode.MISSING)
        if type(slug) is not str:
            slug = decode.expect(slug, str, "slug")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        blocks = d.pop("blocks", UNSET)
        if blocks is not UNSET:
            blocks = decode.model_array(_models.GuideResourceBlocksItem.from_dict, blocks, "blocks")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.GuideResourceMetadata.from_dict, metadata, "metadata")

        versions = d.pop("versions", UNSET)
        if versions is not UNSET:
            versions = decode.model_array(_models.GuideVersionResource.from_dict, versions, "versions")

        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        guide_resource = cls.__new__(cls)
        guide_resource.title = title
        guide_resource.slug = slug
        guide_resource.id = id
        guide_resource.description = description
        guide_resource.blocks = blocks
        guide_resource.metadata = metadata
        guide_resource.versions = versions
        guide_resource.environment_id = environment_id
        guide_resource.created_at = created_at
        guide_resource.updated_at = updated_at

        guide_resource.additional_properties = d if d else {}
        return guide_resource

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
