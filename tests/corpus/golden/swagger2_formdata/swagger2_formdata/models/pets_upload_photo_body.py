from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="PetsUploadPhotoBody")


@_attrs_define
class PetsUploadPhotoBody:
    """
    Attributes:
        file (File):
        caption (str | Unset):
    """

    file: File
    caption: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        caption = self.caption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if caption is not UNSET:
            field_dict["caption"] = caption

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.caption, Unset):
            files.append(("caption", (None, str(self.caption).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        caption = d.pop("caption", UNSET)
        if type(caption) is not str and caption is not UNSET:
            caption = decode.expect(caption, str, "caption")

        pets_upload_photo_body = cls.__new__(cls)
        pets_upload_photo_body.file = file
        pets_upload_photo_body.caption = caption

        pets_upload_photo_body.additional_properties = d if d else {}
        return pets_upload_photo_body

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
