from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.guidance_options import GuidanceOptions


T = TypeVar("T", bound="SpacesCreateGuidanceBody")


@_attrs_define
class SpacesCreateGuidanceBody:
    """
    Attributes:
        guide_slug (str): Slug of the guide to show. Example: getting-started.
        options (GuidanceOptions): When and how a guide is shown.
    """

    guide_slug: str
    options: GuidanceOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        guide_slug = self.guide_slug

        options = jsonable(self.options)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guideSlug": guide_slug,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        guide_slug = d.pop("guideSlug", decode.MISSING)
        if type(guide_slug) is not str:
            guide_slug = decode.expect(guide_slug, str, "guideSlug")

        options = decode.model(_models.GuidanceOptions.from_dict, d.pop("options", decode.MISSING), "options")

        spaces_create_guidance_body = cls.__new__(cls)
        spaces_create_guidance_body.guide_slug = guide_slug
        spaces_create_guidance_body.options = options

        spaces_create_guidance_body.additional_properties = d if d else {}
        return spaces_create_guidance_body

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
