from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._core import _decode as decode
from .._core._decode import model_repr
from ..models.create_big_segment_import_body_mode import (
    CreateBigSegmentImportBodyMode,
    check_create_big_segment_import_body_mode,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateBigSegmentImportBody")


@_attrs_define
class CreateBigSegmentImportBody:
    """
    Attributes:
        file (File): CSV file to upload.
        mode (CreateBigSegmentImportBodyMode | str | Unset): Merge the keys into the segment or replace its contents.
            Example: replace.
        wait_on_approvals (bool | Unset): Hold the import until required approvals are given.
    """

    file: File
    mode: CreateBigSegmentImportBodyMode | str | Unset = UNSET
    wait_on_approvals: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        wait_on_approvals = self.wait_on_approvals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if wait_on_approvals is not UNSET:
            field_dict["waitOnApprovals"] = wait_on_approvals

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.mode, Unset):
            files.append(("mode", (None, str(self.mode).encode(), "text/plain")))

        if not isinstance(self.wait_on_approvals, Unset):
            files.append(("waitOnApprovals", (None, str(self.wait_on_approvals).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        mode = check_create_big_segment_import_body_mode(d.pop("mode", UNSET), "mode")

        wait_on_approvals = d.pop("waitOnApprovals", UNSET)
        if type(wait_on_approvals) is not bool and wait_on_approvals is not UNSET:
            wait_on_approvals = decode.expect(wait_on_approvals, bool, "waitOnApprovals")

        create_big_segment_import_body = cls.__new__(cls)
        create_big_segment_import_body.file = file
        create_big_segment_import_body.mode = mode
        create_big_segment_import_body.wait_on_approvals = wait_on_approvals

        create_big_segment_import_body.additional_properties = d if d else {}
        return create_big_segment_import_body

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
