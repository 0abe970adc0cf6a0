from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_link_common import MediaLinkCommon
    from ..models.original_media_link import OriginalMediaLink
    from ..models.rendition_media_link import RenditionMediaLink


T = TypeVar("T", bound="MediaLinksCollection")


@_attrs_define
class MediaLinksCollection:
    """Renditions requested through `include=media_links.*`.

    Attributes:
        original (OriginalMediaLink | Unset):
        thumbnail (RenditionMediaLink | Unset):
        thumbnail_high_quality (RenditionMediaLink | Unset):
        video_h264_180 (RenditionMediaLink | Unset):
        high_quality (MediaLinkCommon | Unset):
        efficient (MediaLinkCommon | Unset):
        scrub_sheet (RenditionMediaLink | Unset):
    """

    original: OriginalMediaLink | Unset = UNSET
    thumbnail: RenditionMediaLink | Unset = UNSET
    thumbnail_high_quality: RenditionMediaLink | Unset = UNSET
    video_h264_180: RenditionMediaLink | Unset = UNSET
    high_quality: MediaLinkCommon | Unset = UNSET
    efficient: MediaLinkCommon | Unset = UNSET
    scrub_sheet: RenditionMediaLink | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        original: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original, Unset):
            original = jsonable(self.original)

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = jsonable(self.thumbnail)

        thumbnail_high_quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail_high_quality, Unset):
            thumbnail_high_quality = jsonable(self.thumbnail_high_quality)

        video_h264_180: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_h264_180, Unset):
            video_h264_180 = jsonable(self.video_h264_180)

        high_quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.high_quality, Unset):
            high_quality = jsonable(self.high_quality)

        efficient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.efficient, Unset):
            efficient = jsonable(self.efficient)

        scrub_sheet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scrub_sheet, Unset):
            scrub_sheet = jsonable(self.scrub_sheet)

        field_dict: dict[str, Any] = {}

        if original is not UNSET:
            field_dict["original"] = original
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if thumbnail_high_quality is not UNSET:
            field_dict["thumbnail_high_quality"] = thumbnail_high_quality
        if video_h264_180 is not UNSET:
            field_dict["video_h264_180"] = video_h264_180
        if high_quality is not UNSET:
            field_dict["high_quality"] = high_quality
        if efficient is not UNSET:
            field_dict["efficient"] = efficient
        if scrub_sheet is not UNSET:
            field_dict["scrub_sheet"] = scrub_sheet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        original = d.pop("original", UNSET)
        if original is not UNSET:
            original = decode.model(_models.OriginalMediaLink.from_dict, original, "original")

        thumbnail = d.pop("thumbnail", UNSET)
        if thumbnail is not UNSET:
            thumbnail = decode.model(_models.RenditionMediaLink.from_dict, thumbnail, "thumbnail")

        thumbnail_high_quality = d.pop("thumbnail_high_quality", UNSET)
        if thumbnail_high_quality is not UNSET:
            thumbnail_high_quality = decode.model(
                _models.RenditionMediaLink.from_dict, thumbnail_high_quality, "thumbnail_high_quality"
            )

        video_h264_180 = d.pop("video_h264_180", UNSET)
        if video_h264_180 is not UNSET:
            video_h264_180 = decode.model(_models.RenditionMediaLink.from_dict, video_h264_180, "video_h264_180")

        high_quality = d.pop("high_quality", UNSET)
        if high_quality is not UNSET:
            high_quality = decode.model(_models.MediaLinkCommon.from_dict, high_quality, "high_quality")

        efficient = d.pop("efficient", UNSET)
        if efficient is not UNSET:
            efficient = decode.model(_models.MediaLinkCommon.from_dict, efficient, "efficient")

        scrub_sheet = d.pop("scrub_sheet", UNSET)
        if scrub_sheet is not UNSET:
            scrub_sheet = decode.model(_models.RenditionMediaLink.from_dict, scrub_sheet, "scrub_sheet")

        media_links_collection = cls.__new__(cls)
        media_links_collection.original = original
        media_links_collection.thumbnail = thumbnail
        media_links_collection.thumbnail_high_quality = thumbnail_high_quality
        media_links_collection.video_h264_180 = video_h264_180
        media_links_collection.high_quality = high_quality
        media_links_collection.efficient = efficient
        media_links_collection.scrub_sheet = scrub_sheet

        return media_links_collection
