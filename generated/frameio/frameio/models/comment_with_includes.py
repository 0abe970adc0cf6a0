from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            text_edited_at = self.text_edited_at.isoformat()
        else:
            text_edited_at = self.text_edited_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
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
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        mentions = []
        for mentions_item_data in self.mentions:
            mentions_item = mentions_item_data.to_dict()
            mentions.append(mentions_item)

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        anchor: dict[str, Any] | None | Unset
        if isinstance(self.anchor, Unset):
            anchor = UNSET
        elif isinstance(self.anchor, Anchor):
            anchor = self.anchor.to_dict()
        else:
            anchor = self.anchor

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        replies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.replies, Unset):
            replies = []
            for replies_item_data in self.replies:
                replies_item = replies_item_data.to_dict()
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
        id = UUID(d.pop("id"))

        file_id = UUID(d.pop("file_id"))

        text = d.pop("text")

        def _parse_annotation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        annotation = _parse_annotation(d.pop("annotation"))

        def _parse_page(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        page = _parse_page(d.pop("page"))

        def _parse_timestamp(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        timestamp = _parse_timestamp(d.pop("timestamp"))

        def _parse_duration(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration = _parse_duration(d.pop("duration"))

        def _parse_text_edited_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                text_edited_at_type_0 = datetime.datetime.fromisoformat(data)

                return text_edited_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        text_edited_at = _parse_text_edited_at(d.pop("text_edited_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_completer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completer_id_type_0 = UUID(data)

                return completer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        completer_id = _parse_completer_id(d.pop("completer_id"))

        def _parse_attachments(data: object) -> list[CommentAttachment] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = CommentAttachment.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommentAttachment] | None, data)

        attachments = _parse_attachments(d.pop("attachments"))

        mentions = []
        _mentions = d.pop("mentions")
        for mentions_item_data in _mentions:
            mentions_item = Mention.from_dict(mentions_item_data)

            mentions.append(mentions_item)

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = CommentLink.from_dict(links_item_data)

            links.append(links_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_anchor(data: object) -> Anchor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                anchor_type_1 = Anchor.from_dict(data)

                return anchor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Anchor | None | Unset, data)

        anchor = _parse_anchor(d.pop("anchor", UNSET))

        _owner = d.pop("owner", UNSET)
        owner: User | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = User.from_dict(_owner)

        _replies = d.pop("replies", UNSET)
        replies: list[Comment] | Unset = UNSET
        if _replies is not UNSET:
            replies = []
            for replies_item_data in _replies:
                replies_item = Comment.from_dict(replies_item_data)

                replies.append(replies_item)

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
