from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="FileMultipartUpload")


@_attrs_define(slots=False)
class FileMultipartUpload(ResponseMetadata):
    """A new file whose content is uploaded in several parts.

    Attributes:
        id (int):
        name (str):
        created_at (datetime.datetime):
        file_size (int | None):
        expires_at (datetime.datetime | None):
        description (None | str):
        upload_urls (list[str]): One presigned URL per part; PUT the parts in order. They stop working after 12 hours.
    """

    id: int
    name: str
    created_at: datetime.datetime
    file_size: int | None
    expires_at: datetime.datetime | None
    description: None | str
    upload_urls: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = rfc3339(self.created_at)

        file_size: int | None
        file_size = self.file_size

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = rfc3339(self.expires_at)
        else:
            expires_at = self.expires_at

        description: None | str
        description = self.description

        upload_urls = self.upload_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "createdAt": created_at,
                "fileSize": file_size,
                "expiresAt": expires_at,
                "description": description,
                "uploadUrls": upload_urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        file_size = d.pop("fileSize", decode.MISSING)
        if file_size is not None and type(file_size) is not int:
            file_size = decode.expect(file_size, int, "fileSize", "one of int | None")

        expires_at = d.pop("expiresAt", decode.MISSING)
        if expires_at is not None:
            expires_at = decode.date_time(expires_at, "expiresAt", expected="one of datetime.datetime | None")

        description = d.pop("description", decode.MISSING)
        if description is not None and type(description) is not str:
            description = decode.expect(description, str, "description", "one of None | str")

        upload_urls = decode.scalar_array(d.pop("uploadUrls", decode.MISSING), str, "uploadUrls")

        file_multipart_upload = cls.__new__(cls)
        file_multipart_upload.id = id
        file_multipart_upload.name = name
        file_multipart_upload.created_at = created_at
        file_multipart_upload.file_size = file_size
        file_multipart_upload.expires_at = expires_at
        file_multipart_upload.description = description
        file_multipart_upload.upload_urls = upload_urls

        file_multipart_upload.additional_properties = d if d else {}
        return file_multipart_upload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
