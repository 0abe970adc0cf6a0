from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anchor import Anchor
    from ..models.link_params import LinkParams


T = TypeVar("T", bound="UpdateCommentParamsData")


@_attrs_define
class UpdateCommentParamsData:
    """
    Attributes:
        text (str | Unset):  Example: Love the pacing here, keep this cut..
        annotation (None | str | Unset):
        anchor (Anchor | None | Unset):
        completed (bool | None | Unset):
        page (int | None | Unset):  Example: 4.
        timestamp (int | None | str | Unset): Position in the media: a frame number, or timecode when asked for.
        duration (int | None | Unset):
        links (list[LinkParams] | Unset):
    """

    text: str | Unset = UNSET
    annotation: None | str | Unset = UNSET
    anchor: Anchor | None | Unset = UNSET
    completed: bool | None | Unset = UNSET
    page: int | None | Unset = UNSET
    timestamp: int | None | str | Unset = UNSET
    duration: int | None | Unset = UNSET
    links: list[LinkParams] | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        from ..models.anchor import Anchor  # noqa: PLC0415

        text = self.text

        annotation: None | str | Unset
        if isinstance(self.annotation, Unset):
            annotation = UNSET
        else:
            annotation = self.annotation

        anchor: dict[str, Any] | None | Unset
        if isinstance(self.anchor, Unset):
            anchor = UNSET
        elif isinstance(self.anchor, Anchor):
            anchor = jsonable(self.anchor)
        else:
            anchor = self.anchor

        completed: bool | None | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        timestamp: int | None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = jsonable(links_item_data)
                links.append(links_item)

        field_dict: dict[str, Any] = {}

        if text is not UNSET:
            field_dict["text"] = text
        if annotation is not UNSET:
            field_dict["annotation"] = annotation
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if completed is not UNSET:
            field_dict["completed"] = completed
        if page is not UNSET:
            field_dict["page"] = page
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if duration is not UNSET:
            field_dict["duration"] = duration
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", UNSET)
        if type(text) is not str and text is not UNSET:
            text = decode.expect(text, str, "text")

        annotation = d.pop("annotation", UNSET)
        if annotation is not None and type(annotation) is not str and annotation is not UNSET:
            annotation = decode.expect(annotation, str, "annotation", "one of None | str")

        anchor = d.pop("anchor", UNSET)
        if anchor is not None and anchor is not UNSET:
            anchor = decode.only_variant(_models.Anchor.from_dict, anchor, "one of Anchor | None", "anchor")

        completed = d.pop("completed", UNSET)
        if completed is not None and type(completed) is not bool and completed is not UNSET:
            completed = decode.expect(completed, bool, "completed", "one of bool | None")

        page = d.pop("page", UNSET)
        if page is not None and type(page) is not int and page is not UNSET:
            page = decode.expect(page, int, "page", "one of int | None")

        def _parse_timestamp(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    componentsschemas_time_stamp_type_0_type_0 = data
                    if type(componentsschemas_time_stamp_type_0_type_0) is not str:
                        componentsschemas_time_stamp_type_0_type_0 = decode.expect(
                            componentsschemas_time_stamp_type_0_type_0, str
                        )

                return componentsschemas_time_stamp_type_0_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            if type(data) is int:
                return data
            try:
                with decode.strictly():
                    componentsschemas_time_stamp_type_1_type_0 = data
                    if type(componentsschemas_time_stamp_type_1_type_0) is not int:
                        componentsschemas_time_stamp_type_1_type_0 = decode.expect(
                            componentsschemas_time_stamp_type_1_type_0, int
                        )

                return componentsschemas_time_stamp_type_1_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("int | None | str | Unset", decode.mismatch("one of int | None | str", data, "timestamp"))

        timestamp = d.pop("timestamp", UNSET)
        if timestamp is not UNSET:
            timestamp = _parse_timestamp(timestamp)

        duration = d.pop("duration", UNSET)
        if duration is not None and type(duration) is not int and duration is not UNSET:
            duration = decode.expect(duration, int, "duration", "one of int | None")

        links = d.pop("links", UNSET)
        if links is not UNSET:
            links = decode.model_array(_models.LinkParams.from_dict, links, "links")

        update_comment_params_data = cls.__new__(cls)
        update_comment_params_data.text = text
        update_comment_params_data.annotation = annotation
        update_comment_params_data.anchor = anchor
        update_comment_params_data.completed = completed
        update_comment_params_data.page = page
        update_comment_params_data.timestamp = timestamp
        update_comment_params_data.duration = duration
        update_comment_params_data.links = links

        return update_comment_params_data
