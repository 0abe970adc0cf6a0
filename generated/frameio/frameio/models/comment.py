from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anchor import Anchor
    from ..models.comment_attachment import CommentAttachment
    from ..models.comment_link import CommentLink
    from ..models.mention import Mention


T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    """A review comment on a file.

    Attributes:
        id (UUID):  Example: 7d1e3f5a-9b2c-4e6d-a8f0-1b2c3d4e5f60.
        file_id (UUID):
        text (str):  Example: Colour looks off in this shot..
        annotation (None | str): Drawing data, serialised.
        page (int | None): Page number for documents.
        timestamp (int | None | str): Position in the media: a frame number, or timecode when asked for.
        duration (int | None): Length of a range comment, in frames.
        text_edited_at (datetime.datetime | None):
        completed_at (datetime.datetime | None):
        completer_id (None | UUID):
        attachments (list[CommentAttachment] | None):
        mentions (list[Mention]):
        links (list[CommentLink]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        anchor (Anchor | None | Unset):
    """

    id: UUID
    file_id: UUID
    text: str
    annotation: None | str
    page: int | None
    timestamp: int | None | str
    duration: int | None
    text_edited_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    completer_id: None | UUID
    attachments: list[CommentAttachment] | None
    mentions: list[Mention]
    links: list[CommentLink]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    anchor: Anchor | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        from ..models.anchor import Anchor  # noqa: PLC0415

        id = str(self.id)

        file_id = str(self.file_id)

        text = self.text

        annotation: None | str
        annotation = self.annotation

        page: int | None
        page = self.page

        timestamp: int | None | str
        timestamp = self.timestamp

        duration: int | None
        duration = self.duration

        text_edited_at: None | str
        if isinstance(self.text_edited_at, datetime.datetime):
            text_edited_at = rfc3339(self.text_edited_at)
        else:
            text_edited_at = self.text_edited_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = rfc3339(self.completed_at)
        else:
            completed_at = self.completed_at

        completer_id: None | str
        if isinstance(self.completer_id, UUID):
            completer_id = str(self.completer_id)
        else:
            completer_id = self.completer_id

        attachments: list[dict[str, Any]] | None
        if isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = jsonable(attachments_type_0_item_data)
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        mentions = []
        for mentions_item_data in self.mentions:
            mentions_item = jsonable(mentions_item_data)
            mentions.append(mentions_item)

        links = []
        for links_item_data in self.links:
            links_item = jsonable(links_item_data)
            links.append(links_item)

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        anchor: dict[str, Any] | None | Unset
        if isinstance(self.anchor, Unset):
            anchor = UNSET
        elif isinstance(self.anchor, Anchor):
            anchor = jsonable(self.anchor)
        else:
            anchor = self.anchor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "file_id": file_id,
                "text": text,
                "annotation": annotation,
                "page": page,
                "timestamp": timestamp,
                "duration": duration,
                "text_edited_at": text_edited_at,
                "completed_at": completed_at,
                "completer_id": completer_id,
                "attachments": attachments,
                "mentions": mentions,
                "links": links,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if anchor is not UNSET:
            field_dict["anchor"] = anchor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        file_id = decode.uuid(d.pop("file_id", decode.MISSING), "file_id")

        text = d.pop("text", decode.MISSING)
        if type(text) is not str:
            text = decode.expect(text, str, "text")

        annotation = d.pop("annotation", decode.MISSING)
        if annotation is not None and type(annotation) is not str:
            annotation = decode.expect(annotation, str, "annotation", "one of None | str")

        page = d.pop("page", decode.MISSING)
        if page is not None and type(page) is not int:
            page = decode.expect(page, int, "page", "one of int | None")

        def _parse_timestamp(data: object) -> int | None | str:
            if data is None:
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

            return cast("int | None | str", decode.mismatch("one of int | None | str", data, "timestamp"))

        timestamp = _parse_timestamp(d.pop("timestamp", decode.MISSING))

        duration = d.pop("duration", decode.MISSING)
        if duration is not None and type(duration) is not int:
            duration = decode.expect(duration, int, "duration", "one of int | None")

        text_edited_at = d.pop("text_edited_at", decode.MISSING)
        if text_edited_at is not None:
            text_edited_at = decode.date_time(
                text_edited_at, "text_edited_at", expected="one of datetime.datetime | None"
            )

        completed_at = d.pop("completed_at", decode.MISSING)
        if completed_at is not None:
            completed_at = decode.date_time(completed_at, "completed_at", expected="one of datetime.datetime | None")

        completer_id = d.pop("completer_id", decode.MISSING)
        if completer_id is not None:
            completer_id = decode.uuid(completer_id, "completer_id", expected="one of None | UUID")

        def _parse_attachments(data: object) -> list[CommentAttachment] | None:
            if data is None:
                return data
            try:
                with decode.strictly():
                    attachments_type_0 = decode.model_array(_models.CommentAttachment.from_dict, data)

                return attachments_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "list[CommentAttachment] | None",
                decode.mismatch("one of list[CommentAttachment] | None", data, "attachments"),
            )

        attachments = _parse_attachments(d.pop("attachments", decode.MISSING))

        mentions = decode.model_array(_models.Mention.from_dict, d.pop("mentions", decode.MISSING), "mentions")

        links = decode.model_array(_models.CommentLink.from_dict, d.pop("links", decode.MISSING), "links")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        anchor = d.pop("anchor", UNSET)
        if anchor is not None and anchor is not UNSET:
            anchor = decode.only_variant(_models.Anchor.from_dict, anchor, "one of Anchor | None", "anchor")

        comment = cls.__new__(cls)
        comment.id = id
        comment.file_id = file_id
        comment.text = text
        comment.annotation = annotation
        comment.page = page
        comment.timestamp = timestamp
        comment.duration = duration
        comment.text_edited_at = text_edited_at
        comment.completed_at = completed_at
        comment.completer_id = completer_id
        comment.attachments = attachments
        comment.mentions = mentions
        comment.links = links
        comment.created_at = created_at
        comment.updated_at = updated_at
        comment.anchor = anchor

        comment.additional_properties = d if d else {}
        return comment

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
