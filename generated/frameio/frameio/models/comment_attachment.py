from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommentAttachment")


@_attrs_define
class CommentAttachment:
    """
    Attributes:
        id (UUID):
        name (str):
        file_size (int):
        media_type (None | str):
        created_at (datetime.datetime):
        upload_urls (list[str] | None | Unset):
    """

    id: UUID
    name: str
    file_size: int
    media_type: None | str
    created_at: datetime.datetime
    upload_urls: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        file_size = self.file_size

        media_type: None | str
        media_type = self.media_type

        created_at = rfc3339(self.created_at)

        upload_urls: list[str] | None | Unset
        if isinstance(self.upload_urls, Unset):
            upload_urls = UNSET
        elif isinstance(self.upload_urls, list):
            upload_urls = self.upload_urls

        else:
            upload_urls = self.upload_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "file_size": file_size,
                "media_type": media_type,
                "created_at": created_at,
            }
        )
        if upload_urls is not UNSET:
            field_dict["upload_urls"] = upload_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        file_size = d.pop("file_size", decode.MISSING)
        if type(file_size) is not int:
            file_size = decode.expect(file_size, int, "file_size")

        media_type = d.pop("media_type", decode.MISSING)
        if media_type is not None and type(media_type) is not str:
            media_type = decode.expect(media_type, str, "media_type", "one of None | str")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        def _parse_upload_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    upload_urls_type_0 = decode.scalar_array(data, str)

                return upload_urls_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("list[str] | None | Unset", decode.mismatch("one of list[str] | None", data, "upload_urls"))

        upload_urls = d.pop("upload_urls", UNSET)
        if upload_urls is not UNSET:
            upload_urls = _parse_upload_urls(upload_urls)

        comment_attachment = cls.__new__(cls)
        comment_attachment.id = id
        comment_attachment.name = name
        comment_attachment.file_size = file_size
        comment_attachment.media_type = media_type
        comment_attachment.created_at = created_at
        comment_attachment.upload_urls = upload_urls

        comment_attachment.additional_properties = d if d else {}
        return comment_attachment

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
