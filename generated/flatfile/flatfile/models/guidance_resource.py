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
    from ..models.guidance_options import GuidanceOptions
    from ..models.guide_resource import GuideResource


T = TypeVar("T", bound="GuidanceResource")


@_attrs_define
class GuidanceResource:
    """A guide placed in a space.

    Attributes:
        guide_slug (str):  Example: getting-started.
        options (GuidanceOptions): When and how a guide is shown.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_gdc_YOUR_ID.
        guide (GuideResource | Unset): Step-by-step help content for an environment.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    guide_slug: str
    options: GuidanceOptions
    id: str | Unset = UNSET
    guide: GuideResource | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        guide_slug = self.guide_slug

        options = jsonable(self.options)

        id = self.id

        guide: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guide, Unset):
            guide = jsonable(self.guide)

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
                "guideSlug": guide_slug,
                "options": options,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if guide is not UNSET:
            field_dict["guide"] = guide
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        guide_slug = d.pop("guideSlug", decode.MISSING)
        if type(guide_slug) is not str:
            guide_slug = decode.expect(guide_slug, str, "guideSlug")

        options = decode.model(_models.GuidanceOptions.from_dict, d.pop("options", decode.MISSING), "options")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        guide = d.pop("guide", UNSET)
        if guide is not UNSET:
            guide = decode.model(_models.GuideResource.from_dict, guide, "guide")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        guidance_resource = cls.__new__(cls)
        guidance_resource.guide_slug = guide_slug
        guidance_resource.options = options
        guidance_resource.id = id
        guidance_resource.guide = guide
        guidance_resource.created_at = created_at
        guidance_resource.updated_at = updated_at

        guidance_resource.additional_properties = d if d else {}
        return guidance_resource

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
