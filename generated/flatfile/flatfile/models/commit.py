from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from ..types import UNSET, Unset

T = TypeVar("T", bound="Commit")


@_attrs_define
class Commit:
    """A batch of record changes on a sheet.

    Attributes:
        sheet_id (str):  Example: us_sh_YOUR_ID.
        created_by (str):  Example: us_usr_YOUR_ID.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_vr_YOUR_ID.
        completed_by (str | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        completed_at (datetime.datetime | None | Unset): When every listener finished with the commit.
    """

    sheet_id: str
    created_by: str
    id: str | Unset = UNSET
    completed_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        sheet_id = self.sheet_id

        created_by = self.created_by

        id = self.id

        completed_by = self.completed_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = rfc3339(self.completed_at)
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sheetId": sheet_id,
                "createdBy": created_by,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if completed_by is not UNSET:
            field_dict["completedBy"] = completed_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sheet_id = d.pop("sheetId", decode.MISSING)
        if type(sheet_id) is not str:
            sheet_id = decode.expect(sheet_id, str, "sheetId")

        created_by = d.pop("createdBy", decode.MISSING)
        if type(created_by) is not str:
            created_by = decode.expect(created_by, str, "createdBy")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        completed_by = d.pop("completedBy", UNSET)
        if type(completed_by) is not str and completed_by is not UNSET:
            completed_by = decode.expect(completed_by, str, "completedBy")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        completed_at = d.pop("completedAt", UNSET)
        if completed_at is not None and completed_at is not UNSET:
            completed_at = decode.date_time(completed_at, "completedAt", expected="one of datetime.datetime | None")

        commit = cls.__new__(cls)
        commit.sheet_id = sheet_id
        commit.created_by = created_by
        commit.id = id
        commit.completed_by = completed_by
        commit.created_at = created_at
        commit.completed_at = completed_at

        commit.additional_properties = d if d else {}
        return commit

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
