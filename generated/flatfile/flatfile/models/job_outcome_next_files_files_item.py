from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobOutcomeNextFilesFilesItem")


@_attrs_define
class JobOutcomeNextFilesFilesItem:
    """
    Attributes:
        file_id (str):  Example: us_fl_YOUR_ID.
        label (str | Unset):
    """

    file_id: str
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("fileId", decode.MISSING)
        if type(file_id) is not str:
            file_id = decode.expect(file_id, str, "fileId")

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        job_outcome_next_files_files_item = cls.__new__(cls)
        job_outcome_next_files_files_item.file_id = file_id
        job_outcome_next_files_files_item.label = label

        job_outcome_next_files_files_item.additional_properties = d if d else {}
        return job_outcome_next_files_files_item

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
