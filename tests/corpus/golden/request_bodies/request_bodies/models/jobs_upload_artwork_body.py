from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="JobsUploadArtworkBody")


@_attrs_define
class JobsUploadArtworkBody:
    """
    Attributes:
        front (File):
        proofs (list[File] | Unset):
        caption (str | Unset):
    """

    front: File
    proofs: list[File] | Unset = UNSET
    caption: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        front = self.front.to_tuple()

        proofs: list[FileTypes] | Unset = UNSET
        if not isinstance(self.proofs, Unset):
            proofs = []
            for proofs_item_data in self.proofs:
                proofs_item = proofs_item_data.to_tuple()

                proofs.append(proofs_item)

        caption = self.caption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "front": front,
            }
        )
        if proofs is not UNSET:
            field_dict["proofs"] = proofs
        if caption is not UNSET:
            field_dict["caption"] = caption

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("front", self.front.to_tuple()))

        if not isinstance(self.proofs, Unset):
            for proofs_item_element in self.proofs:
                files.append(("proofs", proofs_item_element.to_tuple()))

        if not isinstance(self.caption, Unset):
            files.append(("caption", (None, str(self.caption).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        front = File(payload=BytesIO(d.pop("front")))

        _proofs_array = d.pop("proofs", UNSET)
        proofs: list[File] | Unset
        if isinstance(_proofs_array, list):
            proofs = []
            with decode.in_array("proofs", proofs):
                for proofs_item_data in _proofs_array:
                    proofs_item = File(payload=BytesIO(proofs_item_data))

                    proofs.append(proofs_item)
        else:
            proofs = decode.mismatch("an array", _proofs_array, "proofs")

        caption = d.pop("caption", UNSET)
        if type(caption) is not str and caption is not UNSET:
            caption = decode.expect(caption, str, "caption")

        jobs_upload_artwork_body = cls.__new__(cls)
        jobs_upload_artwork_body.front = front
        jobs_upload_artwork_body.proofs = proofs
        jobs_upload_artwork_body.caption = caption

        jobs_upload_artwork_body.additional_properties = d if d else {}
        return jobs_upload_artwork_body

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
