from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobOutcomeNextSnapshot")


@plain_names({"type": "type_"})
@_attrs_define
class JobOutcomeNextSnapshot:
    """Show a snapshot comparison.

    Attributes:
        type_ (Literal['snapshot']):  Default: 'snapshot'.
        snapshot_id (str):  Example: us_ss_YOUR_ID.
        sheet_id (str):  Example: us_sh_YOUR_ID.
        label (str | Unset):
    """

    snapshot_id: str
    sheet_id: str
    type_: Literal["snapshot"] = "snapshot"
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        snapshot_id = self.snapshot_id

        sheet_id = self.sheet_id

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "snapshotId": snapshot_id,
                "sheetId": sheet_id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['snapshot']", decode.const(d.pop("type", decode.MISSING), "snapshot", "type"))

        snapshot_id = d.pop("snapshotId", decode.MISSING)
        if type(snapshot_id) is not str:
            snapshot_id = decode.expect(snapshot_id, str, "snapshotId")

        sheet_id = d.pop("sheetId", decode.MISSING)
        if type(sheet_id) is not str:
            sheet_id = decode.expect(sheet_id, str, "sheetId")

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        job_outcome_next_snapshot = cls.__new__(cls)
        job_outcome_next_snapshot.type_ = type_
        job_outcome_next_snapshot.snapshot_id = snapshot_id
        job_outcome_next_snapshot.sheet_id = sheet_id
        job_outcome_next_snapshot.label = label

        job_outcome_next_snapshot.additional_properties = d if d else {}
        return job_outcome_next_snapshot

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
