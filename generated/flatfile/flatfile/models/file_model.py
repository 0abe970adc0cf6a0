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
from ..models.mode import Mode, check_mode
from ..models.model_file_status_enum import ModelFileStatusEnum, check_model_file_status_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action import Action


T = TypeVar("T", bound="FileModel")


@_attrs_define
class FileModel:
    """A file uploaded into, or exported from, a space.

    Attributes:
        name (str):  Example: contacts.csv.
        ext (str):  Example: csv.
        mimetype (str):  Example: text/csv.
        encoding (str):  Example: utf-8.
        status (ModelFileStatusEnum | str): Upload state of a file. Example: complete.
        size (int): Bytes.
        bytes_received (int):
        space_id (str):  Example: us_sp_YOUR_ID.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_fl_YOUR_ID.
        mode (Mode | str | Unset): Direction a file is stored for. Example: import.
        description (str | Unset):
        workbook_id (str | Unset):  Example: us_wb_YOUR_ID.
        sheet_id (str | Unset):
        actions (list[Action] | Unset):
        origin (str | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
        expired_at (datetime.datetime | None | Unset):
    """

    name: str
    ext: str
    mimetype: str
    encoding: str
    status: ModelFileStatusEnum | str
    size: int
    bytes_received: int
    space_id: str
    id: str | Unset = UNSET
    mode: Mode | str | Unset = UNSET
    description: str | Unset = UNSET
    workbook_id: str | Unset = UNSET
    sheet_id: str | Unset = UNSET
    actions: list[Action] | Unset = UNSET
    origin: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    expired_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ext = self.ext

        mimetype = self.mimetype

        encoding = self.encoding

        status: str = self.status

        size = self.size

        bytes_received = self.bytes_received

        space_id = self.space_id

        id = self.id

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        description = self.description

        workbook_id = self.workbook_id

        sheet_id = self.sheet_id

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = jsonable(actions_item_data)
                actions.append(actions_item)

        origin = self.origin

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = rfc3339(self.expired_at)
        else:
            expired_at = self.expired_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "ext": ext,
                "mimetype": mimetype,
                "encoding": encoding,
                "status": status,
                "size": size,
                "bytesReceived": bytes_received,
                "spaceId": space_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if mode is not UNSET:
            field_dict["mode"] = mode
        if description is not UNSET:
            field_dict["description"] = description
        if workbook_id is not UNSET:
            field_dict["workbookId"] = workbook_id
        if sheet_id is not UNSET:
            field_dict["sheetId"] = sheet_id
        if actions is not UNSET:
            field_dict["actions"] = actions
        if origin is not UNSET:
            field_dict["origin"] = origin
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        ext = d.pop("ext", decode.MISSING)
        if type(ext) is not str:
            ext = decode.expect(ext, str, "ext")

        mimetype = d.pop("mimetype", decode.MISSING)
        if type(mimetype) is not str:
            mimetype = decode.expect(mimetype, str, "mimetype")

        encoding = d.pop("encoding", decode.MISSING)
        if type(encoding) is not str:
            encoding = decode.expect(encoding, str, "encoding")

        status = check_model_file_status_enum(d.pop("status", decode.MISSING), "status")

        size = d.pop("size", decode.MISSING)
        if type(size) is not int:
            size = decode.expect(size, int, "size")

        bytes_received = d.pop("bytesReceived", decode.MISSING)
        if type(bytes_received) is not int:
            bytes_received = decode.expect(bytes_received, int, "bytesReceived")

        space_id = d.pop("spaceId", decode.MISSING)
        if type(space_id) is not str:
            space_id = decode.expect(space_id, str, "spaceId")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        mode = check_mode(d.pop("mode", UNSET), "mode")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        workbook_id = d.pop("workbookId", UNSET)
        if type(workbook_id) is not str and workbook_id is not UNSET:
            workbook_id = decode.expect(workbook_id, str, "workbookId")

        sheet_id = d.pop("sheetId", UNSET)
        if type(sheet_id) is not str and sheet_id is not UNSET:
            sheet_id = decode.expect(sheet_id, str, "sheetId")

        actions = d.pop("actions", UNSET)
        if actions is not UNSET:
            actions = decode.model_array(_models.Action.from_dict, actions, "actions")

        origin = d.pop("origin", UNSET)
        if type(origin) is not str and origin is not UNSET:
            origin = decode.expect(origin, str, "origin")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        expired_at = d.pop("expiredAt", UNSET)
        if expired_at is not None and expired_at is not UNSET:
            expired_at = decode.date_time(expired_at, "expiredAt", expected="one of datetime.datetime | None")

        file_model = cls.__new__(cls)
        file_model.name = name
        file_model.ext = ext
        file_model.mimetype = mimetype
        file_model.encoding = encoding
        file_model.status = status
        file_model.size = size
        file_model.bytes_received = bytes_received
        file_model.space_id = space_id
        file_model.id = id
        file_model.mode = mode
        file_model.description = description
        file_model.workbook_id = workbook_id
        file_model.sheet_id = sheet_id
        file_model.actions = actions
        file_model.origin = origin
        file_model.created_at = created_at
        file_model.updated_at = updated_at
        file_model.expired_at = expired_at

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
