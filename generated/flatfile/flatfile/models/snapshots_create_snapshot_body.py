from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SnapshotsCreateSnapshotBody")


@_attrs_define
class SnapshotsCreateSnapshotBody:
    """
    Attributes:
        sheet_id (str): Sheet to copy. Example: us_sh_YOUR_ID.
        label (str | Unset): Name of the snapshot. Example: Before cleanup.
        thread_id (str | Unset): AI thread the snapshot belongs to.
    """

    sheet_id: str
    label: str | Unset = UNSET
    thread_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        sheet_id = self.sheet_id

        label = self.label

        thread_id = self.thread_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sheetId": sheet_id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if thread_id is not UNSET:
            field_dict["threadId"] = thread_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sheet_id = d.pop("sheetId", decode.MISSING)
        if type(sheet_id) is not str:
            sheet_id = decode.expect(sheet_id, str, "sheetId")

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        thread_id = d.pop("threadId", UNSET)
        if type(thread_id) is not str and thread_id is not UNSET:
            thread_id = decode.expect(thread_id, str, "threadId")

        snapshots_create_snapshot_body = cls.__new__(cls)
        snapshots_create_snapshot_body.sheet_id = sheet_id
        snapshots_create_snapshot_body.label = label
        snapshots_create_snapshot_body.thread_id = thread_id

        snapshots_create_snapshot_body.additional_properties = d if d else {}
        return snapshots_create_snapshot_body

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
