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
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

if TYPE_CHECKING:
    from ..models.file_upload_upload_fields import FileUploadUploadFields


T = TypeVar("T", bound="FileUpload")


@_attrs_define(slots=False)
class FileUpload(ResponseMetadata):
    """A new, still empty file plus the presigned form upload that fills it.

    Attributes:
        id (int):
        name (str):
        created_at (datetime.datetime):
        file_size (int | None):
        expires_at (datetime.datetime | None):
        description (None | str):
        upload_url (str): Send the file here in a multipart POST, together with `uploadFields`. Example: https://civis-
            console.s3.amazonaws.com/.
        upload_fields (FileUploadUploadFields): Form fields that must go with the upload; the file itself goes in the
            `file` field.
        my_permission_level (str):
    """

    id: int
    name: str
    created_at: datetime.datetime
    file_size: int | None
    expires_at: datetime.datetime | None
    description: None | str
    upload_url: str
    upload_fields: FileUploadUploadFields
    my_permission_level: str
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

        upload_url = self.upload_url

        upload_fields = jsonable(self.upload_fields)

        my_permission_level = self.my_permission_level

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
                "uploadUrl": upload_url,
                "uploadFields": upload_fields,
                "myPermissionLevel": my_permission_level,
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

        upload_url = d.pop("uploadUrl", decode.MISSING)
        if type(upload_url) is not str:
            upload_url = decode.expect(upload_url, str, "uploadUrl")

        upload_fields = decode.model(
            _models.FileUploadUploadFields.from_dict, d.pop("uploadFields", decode.MISSING), "uploadFields"
        )

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        file_upload = cls.__new__(cls)
        file_upload.id = id
        file_upload.name = name
        file_upload.created_at = created_at
        file_upload.file_size = file_size
        file_upload.expires_at = expires_at
        file_upload.description = description
        file_upload.upload_url = upload_url
        file_upload.upload_fields = upload_fields
        file_upload.my_permission_level = my_permission_level

        file_upload.additional_properties = d if d else {}
        return file_upload

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
