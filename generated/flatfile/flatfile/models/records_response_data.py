from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
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
        d = dict(src_dict)
        records = decode.model_array(_models.Record.from_dict, d.pop("records", decode.MISSING), "records")

        success = d.pop("success", UNSET)
        if type(success) is not bool and success is not UNSET:
            success = decode.expect(success, bool, "success")

        counts = d.pop("counts", UNSET)
        if counts is not UNSET:
            counts = decode.model(_models.RecordCounts.from_dict, counts, "counts")

        records_response_data = cls.__new__(cls)
        records_response_data.records = records
        records_response_data.success = success
        records_response_data.counts = counts

        records_response_data.additional_properties = d if d else {}
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
