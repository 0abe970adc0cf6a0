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
    from ..models.environments_create_guide_body_blocks_item_type_0 import EnvironmentsCreateGuideBodyBlocksItemType0
    from ..models.environments_create_guide_body_metadata import EnvironmentsCreateGuideBodyMetadata
    from ..models.guide_version_resource import GuideVersionResource


T = TypeVar("T", bound="EnvironmentsCreateGuideBody")


@_attrs_define
class EnvironmentsCreateGuideBody:
    """
    Attributes:
        description (str):  Example: Getting started guide.
        title (str):  Example: Data import made easy.
        slug (str):  Example: getting-started.
        versions (list[GuideVersionResource]):  Example: [].
        blocks (list[EnvironmentsCreateGuideBodyBlocksItemType0 | None]): Content blocks of the guide.
        environment_id (str): Environment the guide belongs to. Example: us_env_YOUR_ID.
        metadata (EnvironmentsCreateGuideBodyMetadata | Unset):  Example: {'category': 'onboarding'}.
    """

    description: str
    title: str
    slug: str
    versions: list[GuideVersionResource]
    blocks: list[EnvironmentsCreateGuideBodyBlocksItemType0 | None]
    environment_id: str
    metadata: EnvironmentsCreateGuideBodyMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        from ..models.environments_create_guide_body_blocks_item_type_0 import (
            EnvironmentsCreateGuideBodyBlocksItemType0,  # noqa: PLC0415
        )

        description = self.description

        title = self.title

        slug = self.slug

        versions = []
        for versions_item_data in self.versions:
            versions_item = jsonable(versions_item_data)
            versions.append(versions_item)

        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item: dict[str, Any] | None
            if isinstance(blocks_item_data, EnvironmentsCreateGuideBodyBlocksItemType0):
                blocks_item = jsonable(blocks_item_data)
            else:
                blocks_item = blocks_item_data
            blocks.append(blocks_item)

        environment_id = self.environment_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "title": title,
                "slug": slug,
                "versions": versions,
                "blocks": blocks,
                "environmentId": environment_id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", decode.MISSING)
        if type(description) is not str:
            description = decode.expect(description, str, "description")

        title = d.pop("title", decode.MISSING)
        if type(title) is not str:
            title = decode.expect(title, str, "title")

        slug = d.pop("slug", decode.MISSING)
        if type(slug) is not str:
            slug = decode.expect(slug, str, "slug")

        versions = decode.model_array(
            _models.GuideVersionResource.from_dict, d.pop("versions", decode.MISSING), "versions"
        )

        _blocks_array = d.pop("blocks", decode.MISSING)
        blocks: list[EnvironmentsCreateGuideBodyBlocksItemType0 | None]
        if isinstance(_blocks_array, list):
            blocks = []
            with decode.in_array("blocks", blocks):
                for blocks_item_data in _blocks_array:
                    blocks_item = blocks_item_data
                    if blocks_item is not None:
                        blocks_item = decode.only_variant(
                            _models.EnvironmentsCreateGuideBodyBlocksItemType0.from_dict,
                            blocks_item,
                            "one of EnvironmentsCreateGuideBodyBlocksItemType0 | None",
                        )

                    blocks.append(blocks_item)
        else:
            blocks = decode.mismatch("an array", _blocks_array, "blocks")

        environment_id = d.pop("environmentId", decode.MISSING)
        if type(environment_id) is not str:
            environment_id = decode.expect(environment_id, str, "environmentId")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.EnvironmentsCreateGuideBodyMetadata.from_dict, metadata, "metadata")

        environments_create_guide_body = cls.__new__(cls)
        environments_create_guide_body.description = description
        environments_create_guide_body.title = title
        environments_create_guide_body.slug = slug
        environments_create_guide_body.versions = versions
        environments_create_guide_body.blocks = blocks
        environments_create_guide_body.environment_id = environment_id
        environments_create_guide_body.metadata = metadata

        environments_create_guide_body.additional_properties = d if d else {}
        return environments_create_guide_body

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
