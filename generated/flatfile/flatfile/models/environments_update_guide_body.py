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
    from ..models.environments_update_guide_body_blocks_item_type_0 import EnvironmentsUpdateGuideBodyBlocksItemType0
    from ..models.environments_update_guide_body_metadata import EnvironmentsUpdateGuideBodyMetadata
    from ..models.guide_version_resource import GuideVersionResource


T = TypeVar("T", bound="EnvironmentsUpdateGuideBody")


@_attrs_define
class EnvironmentsUpdateGuideBody:
    """
    Attributes:
        description (str | Unset):
        title (str | Unset):
        metadata (EnvironmentsUpdateGuideBodyMetadata | Unset):
        slug (str | Unset):
        versions (list[GuideVersionResource] | Unset):
        blocks (list[EnvironmentsUpdateGuideBodyBlocksItemType0 | None] | Unset): Content blocks of the guide.
        environment_id (str | Unset): Environment the guide belongs to. Example: us_env_YOUR_ID.
    """

    description: str | Unset = UNSET
    title: str | Unset = UNSET
    metadata: EnvironmentsUpdateGuideBodyMetadata | Unset = UNSET
    slug: str | Unset = UNSET
    versions: list[GuideVersionResource] | Unset = UNSET
    blocks: list[EnvironmentsUpdateGuideBodyBlocksItemType0 | None] | Unset = UNSET
    environment_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        from ..models.environments_update_guide_body_blocks_item_type_0 import (
            EnvironmentsUpdateGuideBodyBlocksItemType0,  # noqa: PLC0415
        )

        description = self.description

        title = self.title

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        slug = self.slug

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = jsonable(versions_item_data)
                versions.append(versions_item)

        blocks: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item: dict[str, Any] | None
                if isinstance(blocks_item_data, EnvironmentsUpdateGuideBodyBlocksItemType0):
                    blocks_item = jsonable(blocks_item_data)
                else:
                    blocks_item = blocks_item_data
                blocks.append(blocks_item)

        environment_id = self.environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if title is not UNSET:
            field_dict["title"] = title
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if slug is not UNSET:
            field_dict["slug"] = slug
        if versions is not UNSET:
            field_dict["versions"] = versions
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = decode.expect(title, str, "title")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.EnvironmentsUpdateGuideBodyMetadata.from_dict, metadata, "metadata")

        slug = d.pop("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = decode.expect(slug, str, "slug")

        versions = d.pop("versions", UNSET)
        if versions is not UNSET:
            versions = decode.model_array(_models.GuideVersionResource.from_dict, versions, "versions")

        _blocks_array = d.pop("blocks", UNSET)
        blocks: list[EnvironmentsUpdateGuideBodyBlocksItemType0 | None] | Unset
        if isinstance(_blocks_array, list):
            blocks = []
            with decode.in_array("blocks", blocks):
                for blocks_item_data in _blocks_array:
                    blocks_item = blocks_item_data
                    if blocks_item is not None:
                        blocks_item = decode.only_variant(
                            _models.EnvironmentsUpdateGuideBodyBlocksItemType0.from_dict,
                            blocks_item,
                            "one of EnvironmentsUpdateGuideBodyBlocksItemType0 | None",
                        )

                    blocks.append(blocks_item)
        else:
            blocks = decode.mismatch("an array", _blocks_array, "blocks")

        environment_id = d.pop("environmentId", UNSET)
        if type(environment_id) is not str and environment_id is not UNSET:
            environment_id = decode.expect(environment_id, str, "environmentId")

        environments_update_guide_body = cls.__new__(cls)
        environments_update_guide_body.description = description
        environments_update_guide_body.title = title
        environments_update_guide_body.metadata = metadata
        environments_update_guide_body.slug = slug
        environments_update_guide_body.versions = versions
        environments_update_guide_body.blocks = blocks
        environments_update_guide_body.environment_id = environment_id

        environments_update_guide_body.additional_properties = d if d else {}
        return environments_update_guide_body

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
