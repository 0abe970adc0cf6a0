from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record import Record
    from ..models.record_counts import RecordCounts


T = TypeVar("T", bound="RecordsResponseData")


@_attrs_define
class RecordsResponseData:
    """
    Attributes:
        records (list[Record]):
        success (bool | Unset):
        counts (RecordCounts | Unset): Record tallies by validation state.
    """

    records: list[Record]
    success: bool | Unset = UNSET
    counts: RecordCounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = jsonable(records_item_data)
            records.append(records_item)

        success = self.success

        counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = jsonable(self.counts)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if counts is not UNSET:
            field_dict["counts"] = counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record import Record  # noqa: PLC0415
        from ..models.record_counts import RecordCounts  # noqa: PLC0415

        d = dict(src_dict)
        _records = d.pop("records", decode.MISSING)
        records: list[Record]
        if isinstance(_records, list):
            records = []
            for records_index, records_item_data in enumerate(_records):
                with decode.at("records", records_index):
                    records_item = decode.model(Record.from_dict, records_item_data)

                records.append(records_item)
        else:
            records = decode.mismatch("an array", _records, "records")

        success = decode.expect(d.pop("success", UNSET), bool, "success")

        counts = decode.model(RecordCounts.from_dict, d.pop("counts", UNSET), "counts")

        records_response_data = cls(
            records=records,
            success=success,
            counts=counts,
        )

        records_response_data.additional_properties = d
        return records_response_data

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
