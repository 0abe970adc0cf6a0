from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core._types import plain_names
from ..models.asset_common_type import AssetCommonType, check_asset_common_type
from ..models.file_model_status import FileModelStatus, check_file_model_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileModel")


@plain_names({"type": "type_"})
@_attrs_define
class FileModel:
    """A media file.

    Attributes:
        id (UUID):
        name (str):
        type_ (AssetCommonType | str):
        project_id (UUID):
        parent_id (None | UUID): Containing folder or stack; null at the project root.
        view_url (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        status (FileModelStatus | str):  Example: uploaded.
        media_type (str):  Example: video/mp4.
        file_size (int):  Example: 52428800.
        adobe_id (None | str | Unset):
        adobe_version_id (None | str | Unset):
    """

    id: UUID
    name: str
    type_: AssetCommonType | str
    project_id: UUID
    parent_id: None | UUID
    view_url: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: FileModelStatus | str
    media_type: str
    file_size: int
    adobe_id: None | str | Unset = UNSET
    adobe_version_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        type_: str = self.type_

        project_id = str(self.project_id)

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        view_url = self.view_url

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        status: str = self.status

        media_type = self.media_type

        file_size = self.file_size

        adobe_id: None | str | Unset
        if isinstance(self.adobe_id, Unset):
            adobe_id = UNSET
        else:
            adobe_id = self.adobe_id

        adobe_version_id: None | str | Unset
        if isinstance(self.adobe_version_id, Unset):
            adobe_version_id = UNSET
        else:
            adobe_version_id = self.adobe_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "project_id": project_id,
                "parent_id": parent_id,
                "view_url": view_url,
                "created_at": created_at,
                "updated_at": updated_at,
                "status": status,
                "media_type": media_type,
                "file_size": file_size,
            }
        )
        if adobe_id is not UNSET:
            field_dict["adobe_id"] = adobe_id
        if adobe_version_id is not UNSET:
            field_dict["adobe_version_id"] = adobe_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        type_ = check_asset_common_type(d.pop("type", decode.MISSING), "type")

        project_id = decode.uuid(d.pop("project_id", decode.MISSING), "project_id")

        parent_id = d.pop("parent_id", decode.MISSING)
        if parent_id is not None:
            parent_id = decode.uuid(parent_id, "parent_id", expected="one of None | UUID")

        view_url = d.pop("view_url", decode.MISSING)
        if type(view_url) is not str:
            view_url = decode.expect(view_url, str, "view_url")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        status = check_file_model_status(d.pop("status", decode.MISSING), "status")

        media_type = d.pop("media_type", decode.MISSING)
        if type(media_type) is not str:
            media_type = decode.expect(media_type, str, "media_type")

        file_size = d.pop("file_size", decode.MISSING)
        if type(file_size) is not int:
            file_size = decode.expect(file_size, int, "file_size")

        adobe_id = d.pop("adobe_id", UNSET)
        if adobe_id is not None and type(adobe_id) is not str and adobe_id is not UNSET:
            adobe_id = decode.expect(adobe_id, str, "adobe_id", "one of None | str")

        adobe_version_id = d.pop("adobe_version_id", UNSET)
        if adobe_version_id is not None and type(adobe_version_id) is not str and adobe_version_id is not UNSET:
            adobe_version_id = decode.expect(adobe_version_id, str, "adobe_version_id", "one of None | str")

        file_model = cls.__new__(cls)
        file_model.id = id
        file_model.name = name
        file_model.type_ = type_
        file_model.project_id = project_id
        file_model.parent_id = parent_id
        file_model.view_url = view_url
        file_model.created_at = created_at
        file_model.updated_at = updated_at
        file_model.status = status
        file_model.media_type = media_type
        file_model.file_size = file_size
        file_model.adobe_id = adobe_id
        file_model.adobe_version_id = adobe_version_id

        file_model.additional_properties = d if d else {}
        return file_model

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
