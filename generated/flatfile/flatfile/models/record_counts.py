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
    from ..models.record_counts_by_field import RecordCountsByField
    from ..models.record_counts_errors_by_field import RecordCountsErrorsByField


T = TypeVar("T", bound="RecordCounts")


@_attrs_define
class RecordCounts:
    """Record tallies by validation state.

    Attributes:
        total (int):  Example: 100.
        valid (int):  Example: 95.
        error (int):  Example: 5.
        errors_by_field (RecordCountsErrorsByField | Unset):
        by_field (RecordCountsByField | Unset):
    """

    total: int
    valid: int
    error: int
    errors_by_field: RecordCountsErrorsByField | Unset = UNSET
    by_field: RecordCountsByField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        valid = self.valid

        error = self.error

        errors_by_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors_by_field, Unset):
            errors_by_field = jsonable(self.errors_by_field)

        by_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_field, Unset):
            by_field = jsonable(self.by_field)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "valid": valid,
                "error": error,
            }
        )
        if errors_by_field is not UNSET:
            field_dict["errorsByField"] = errors_by_field
        if by_field is not UNSET:
            field_dict["byField"] = by_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", decode.MISSING)
        if type(total) is not int:
            total = decode.expect(total, int, "total")

        valid = d.pop("valid", decode.MISSING)
        if type(valid) is not int:
            valid = decode.expect(valid, int, "valid")

        error = d.pop("error", decode.MISSING)
        if type(error) is not int:
            error = decode.expect(error, int, "error")

        errors_by_field = d.pop("errorsByField", UNSET)
        if errors_by_field is not UNSET:
            errors_by_field = decode.model(
                _models.RecordCountsErrorsByField.from_dict, errors_by_field, "errorsByField"
            )

        by_field = d.pop("byField", UNSET)
        if by_field is not UNSET:
            by_field = decode.model(_models.RecordCountsByField.from_dict, by_field, "byField")

        record_counts = cls.__new__(cls)
        record_counts.total = total
        record_counts.valid = valid
        record_counts.error = error
        record_counts.errors_by_field = errors_by_field
        record_counts.by_field = by_field

        record_counts.additional_properties = d if d else {}
        return record_counts

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
