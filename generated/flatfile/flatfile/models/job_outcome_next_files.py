from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core._types import plain_names
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_outcome_next_files_files_item import JobOutcomeNextFilesFilesItem


T = TypeVar("T", bound="JobOutcomeNextFiles")


@plain_names({"type": "type_"})
@_attrs_define
class JobOutcomeNextFiles:
    """Offer several files.

    Attributes:
        type_ (Literal['files']):  Default: 'files'.
        files (list[JobOutcomeNextFilesFilesItem]):
        label (str | Unset):
    """

    files: list[JobOutcomeNextFilesFilesItem]
    type_: Literal["files"] = "files"
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        files = []
        for files_item_data in self.files:
            files_item = jsonable(files_item_data)
            files.append(files_item)

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "files": files,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['files']", decode.const(d.pop("type", decode.MISSING), "files", "type"))

        files = decode.model_array(
            _models.JobOutcomeNextFilesFilesItem.from_dict, d.pop("files", decode.MISSING), "files"
        )

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        job_outcome_next_files = cls.__new__(cls)
        job_outcome_next_files.type_ = type_
        job_outcome_next_files.files = files
        job_outcome_next_files.label = label

        job_outcome_next_files.additional_properties = d if d else {}
        return job_outcome_next_files

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
