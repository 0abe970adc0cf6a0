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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.snapshot_summary import SnapshotSummary


T = TypeVar("T", bound="Snapshot")


@_attrs_define
class Snapshot:
    """A saved copy of a sheet.

    Attributes:
        sheet_id (str):  Example: us_sh_YOUR_ID.
        created_by (str):  Example: us_usr_YOUR_ID.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_ss_YOUR_ID.
        label (str | Unset):
        thread_id (str | Unset):
        summary (SnapshotSummary | Unset): How the sheet changed since the snapshot.
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
    """

    sheet_id: str
    created_by: str
    id: str | Unset = UNSET
    label: str | Unset = UNSET
    thread_id: str | Unset = UNSET
    summary: SnapshotSummary | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        sheet_id = self.sheet_id

        created_by = self.created_by

        id = self.id

        label = self.label

        thread_id = self.thread_id

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = jsonable(self.summary)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

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
        if label is not UNSET:
            field_dict["label"] = label
        if thread_id is not UNSET:
            field_dict["threadId"] = thread_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

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

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        thread_id = d.pop("threadId", UNSET)
        if type(thread_id) is not str and thread_id is not UNSET:
            thread_id = decode.expect(thread_id, str, "threadId")

        summary = d.pop("summary", UNSET)
        if summary is not UNSET:
            summary = decode.model(_models.SnapshotSummary.from_dict, summary, "summary")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        snapshot = cls.__new__(cls)
        snapshot.sheet_id = sheet_id
        snapshot.created_by = created_by
        snapshot.id = id
        snapshot.label = label
        snapshot.thread_id = thread_id
        snapshot.summary = summary
        snapshot.created_at = created_at

        snapshot.additional_properties = d if d else {}
        return snapshot

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
