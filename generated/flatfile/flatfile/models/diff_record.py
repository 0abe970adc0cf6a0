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
    from ..models.diff_record_metadata import DiffRecordMetadata
    from ..models.diff_record_values import DiffRecordValues


T = TypeVar("T", bound="DiffRecord")


@_attrs_define
class DiffRecord:
    """A record with before/after values.

    Attributes:
        id (str):  Example: us_rc_YOUR_ID.
        values (DiffRecordValues):
        valid (bool | Unset):
        metadata (DiffRecordMetadata | Unset):
    """

    id: str
    values: DiffRecordValues
    valid: bool | Unset = UNSET
    metadata: DiffRecordMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        values = jsonable(self.values)

        valid = self.valid

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "values": values,
            }
        )
        if valid is not UNSET:
            field_dict["valid"] = valid
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        values = decode.model(_models.DiffRecordValues.from_dict, d.pop("values", decode.MISSING), "values")

        valid = d.pop("valid", UNSET)
        if type(valid) is not bool and valid is not UNSET:
            valid = decode.expect(valid, bool, "valid")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.DiffRecordMetadata.from_dict, metadata, "metadata")

        diff_record = cls.__new__(cls)
        diff_record.id = id
        diff_record.values = values
        diff_record.valid = valid
        diff_record.metadata = metadata

        diff_record.additional_properties = d if d else {}
        return diff_record

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
