from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.record_counts import RecordCounts


T = TypeVar("T", bound="RecordCountsResponseData")


@_attrs_define
class RecordCountsResponseData:
    """
    Attributes:
        counts (RecordCounts): Record tallies by validation state.
        success (bool):
    """

    counts: RecordCounts
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        counts = jsonable(self.counts)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counts": counts,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        counts = decode.model(_models.RecordCounts.from_dict, d.pop("counts", decode.MISSING), "counts")

        success = d.pop("success", decode.MISSING)
        if type(success) is not bool:
            success = decode.expect(success, bool, "success")

        record_counts_response_data = cls.__new__(cls)
        record_counts_response_data.counts = counts
        record_counts_response_data.success = success

        record_counts_response_data.additional_properties = d if d else {}
        return record_counts_response_data

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
