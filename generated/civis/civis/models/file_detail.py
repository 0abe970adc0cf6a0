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
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="FileDetail")


@_attrs_define(slots=False)
class FileDetail(ResponseMetadata):
    """A stored file and where to download it.

    Attributes:
        id (int):
        name (str):
        created_at (datetime.datetime):
        file_size (int):
        expires_at (datetime.datetime | None):
        description (None | str):
        author (UserSimple): Short reference to a user.
        download_url (str): Presigned, time-limited download link.
        file_url (str): Link to the file's page in the Civis web app.
        my_permission_level (str):
    """

    id: int
    name: str
    created_at: datetime.datetime
    file_size: int
    expires_at: datetime.datetime | None
    description: None | str
    author: UserSimple
    download_url: str
    file_url: str
    my_permission_level: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = rfc3339(self.created_at)

        file_size = self.file_size

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = rfc3339(self.expires_at)
        else:
            expires_at = self.expires_at

        description: None | str
        description = self.description

        author = jsonable(self.author)

        download_url = self.download_url

        file_url = self.file_url

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
                "author": author,
                "downloadUrl": download_url,
                "fileUrl": file_url,
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
        if type(file_size) is not int:
            file_size = decode.expect(file_size, int, "fileSize")

        expires_at = d.pop("expiresAt", decode.MISSING)
        if expires_at is not None:
            expires_at = decode.date_time(expires_at, "expiresAt", expected="one of datetime.datetime | None")

        description = d.pop("description", decode.MISSING)
        if description is not None and type(description) is not str:
            description = decode.expect(description, str, "description", "one of None | str")

        author = decode.model(_models.UserSimple.from_dict, d.pop("author", decode.MISSING), "author")

        download_url = d.pop("downloadUrl", decode.MISSING)
        if type(download_url) is not str:
            download_url = decode.expect(download_url, str, "downloadUrl")

        file_url = d.pop("fileUrl", decode.MISSING)
        if type(file_url) is not str:
            file_url = decode.expect(file_url, str, "fileUrl")

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        file_detail = cls.__new__(cls)
        file_detail.id = id
        file_detail.name = name
        file_detail.created_at = created_at
        file_detail.file_size = file_size
        file_detail.expires_at = expires_at
        file_detail.description = description
        file_detail.author = author
        file_detail.download_url = download_url
        file_detail.file_url = file_url
        file_detail.my_permission_level = my_permission_level

        file_detail.additional_properties = d if d else {}
        return file_detail

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
