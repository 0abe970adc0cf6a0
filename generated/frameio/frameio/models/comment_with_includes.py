from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anchor import Anchor
    from ..models.comment import Comment
    from ..models.comment_attachment import CommentAttachment
    from ..models.comment_link import CommentLink
    from ..models.mention import Mention
    from ..models.user import User


T = TypeVar("T", bound="CommentWithIncludes")


@_attrs_define
class CommentWithIncludes:
    """
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
        owner (User | Unset): A person as seen from another resource.
        replies (list[Comment] | Unset):
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
    owner: User | Unset = UNSET
    replies: list[Comment] | Unset = UNSET
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

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = jsonable(self.owner)

        replies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.replies, Unset):
            replies = []
            for replies_item_data in self.replies:
                replies_item = jsonable(replies_item_data)
                replies.append(replies_item)

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
        if owner is not UNSET:
            field_dict["owner"] = owner
        if replies is not UNSET:
            field_dict["replies"] = replies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.anchor import Anchor  # noqa: PLC0415
        from ..models.comment import Comment  # noqa: PLC0415
        from ..models.comment_attachment import CommentAttachment  # noqa: PLC0415
        from ..models.comment_link import CommentLink  # noqa: PLC0415
        from ..models.mention import Mention  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        file_id = decode.uuid(d.pop("file_id", decode.MISSING), "file_id")

        text = decode.expect(d.pop("text", decode.MISSING), str, "text")

        def _parse_annotation(data: object) -> None | str:
            if data is None:
                return data
            try:
                with decode.strictly():
                    annotation_type_0 = decode.expect(data, str)

                return annotation_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str, decode.mismatch("one of None | str", data, "annotation"))

        annotation = _parse_annotation(d.pop("annotation", decode.MISSING))

        def _parse_page(data: object) -> int | None:
            if data is None:
                return data
            try:
                with decode.strictly():
                    page_type_0 = decode.expect(data, int)

                return page_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, decode.mismatch("one of int | None", data, "page"))

        page = _parse_page(d.pop("page", decode.MISSING))

        def _parse_timestamp(data: object) -> int | None | str:
            if data is None:
                return data
            try:
                with decode.strictly():
                    componentsschemas_time_stamp_type_0_type_0 = decode.expect(data, str)

                return componentsschemas_time_stamp_type_0_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                with decode.strictly():
                    componentsschemas_time_stamp_type_1_type_0 = decode.expect(data, int)

                return componentsschemas_time_stamp_type_1_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | str, decode.mismatch("one of int | None | str", data, "timestamp"))

        timestamp = _parse_timestamp(d.pop("timestamp", decode.MISSING))

        def _parse_duration(data: object) -> int | None:
            if data is None:
                return data
            try:
                with decode.strictly():
                    duration_type_0 = decode.expect(data, int)

                return duration_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None, decode.mismatch("one of int | None", data, "duration"))

        duration = _parse_duration(d.pop("duration", decode.MISSING))

        def _parse_text_edited_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                with decode.strictly():
                    text_edited_at_type_0 = decode.date_time(data)

                return text_edited_at_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                datetime.datetime | None, decode.mismatch("one of datetime.datetime | None", data, "text_edited_at")
            )

        text_edited_at = _parse_text_edited_at(d.pop("text_edited_at", decode.MISSING))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                with decode.strictly():
                    completed_at_type_0 = decode.date_time(data)

                return completed_at_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                datetime.datetime | None, decode.mismatch("one of datetime.datetime | None", data, "completed_at")
            )

        completed_at = _parse_completed_at(d.pop("completed_at", decode.MISSING))

        def _parse_completer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                with decode.strictly():
                    completer_id_type_0 = decode.uuid(data)

                return completer_id_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, decode.mismatch("one of None | UUID", data, "completer_id"))

        completer_id = _parse_completer_id(d.pop("completer_id", decode.MISSING))

        def _parse_attachments(data: object) -> list[CommentAttachment] | None:
            if data is None:
                return data
            try:
                with decode.strictly():
                    _attachments_type_0 = data
                    attachments_type_0: list[CommentAttachment]
                    if isinstance(_attachments_type_0, list):
                        attachments_type_0 = []
                        for attachments_type_0_index, attachments_type_0_item_data in enumerate(_attachments_type_0):
                            with decode.at(None, attachments_type_0_index):
                                attachments_type_0_item = decode.model(
                                    CommentAttachment.from_dict, attachments_type_0_item_data
                                )

                            attachments_type_0.append(attachments_type_0_item)
                    else:
                        attachments_type_0 = decode.mismatch("an array", _attachments_type_0)

                return attachments_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[CommentAttachment] | None,
                decode.mismatch("one of list[CommentAttachment] | None", data, "attachments"),
            )

        attachments = _parse_attachments(d.pop("attachments", decode.MISSING))

        _mentions = d.pop("mentions", decode.MISSING)
        mentions: list[Mention]
        if isinstance(_mentions, list):
            mentions = []
            for mentions_index, mentions_item_data in enumerate(_mentions):
                with decode.at("mentions", mentions_index):
                    mentions_item = decode.model(Mention.from_dict, mentions_item_data)

                mentions.append(mentions_item)
        else:
            mentions = decode.mismatch("an array", _mentions, "mentions")

        _links = d.pop("links", decode.MISSING)
        links: list[CommentLink]
        if isinstance(_links, list):
            links = []
            for links_index, links_item_data in enumerate(_links):
                with decode.at("links", links_index):
                    links_item = decode.model(CommentLink.from_dict, links_item_data)

                links.append(links_item)
        else:
            links = decode.mismatch("an array", _links, "links")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        def _parse_anchor(data: object) -> Anchor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    anchor_type_1 = decode.model(Anchor.from_dict, data)

                return anchor_type_1
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Anchor | None | Unset, decode.mismatch("one of Anchor | None", data, "anchor"))

        anchor = _parse_anchor(d.pop("anchor", UNSET))

        owner = decode.model(User.from_dict, d.pop("owner", UNSET), "owner")

        _replies = d.pop("replies", UNSET)
        replies: list[Comment] | Unset
        if isinstance(_replies, list):
            replies = []
            for replies_index, replies_item_data in enumerate(_replies):
                with decode.at("replies", replies_index):
                    replies_item = decode.model(Comment.from_dict, replies_item_data)

                replies.append(replies_item)
        else:
            replies = decode.mismatch("an array", _replies, "replies")

        comment_with_includes = cls(
            id=id,
            file_id=file_id,
            text=text,
            annotation=annotation,
            page=page,
            timestamp=timestamp,
            duration=duration,
            text_edited_at=text_edited_at,
            completed_at=completed_at,
            completer_id=completer_id,
            attachments=attachments,
            mentions=mentions,
            links=links,
            created_at=created_at,
            updated_at=updated_at,
            anchor=anchor,
            owner=owner,
            replies=replies,
        )

        comment_with_includes.additional_properties = d
        return comment_with_includes

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
