from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="FileUploadUploadFields")


@_attrs_define(slots=False)
class FileUploadUploadFields(ResponseMetadata):
    """Form fields that must go with the upload; the file itself goes in the `file` field."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        file_upload_upload_fields = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = prop_dict
            if type(additional_property) is not str:
                additional_property = decode.expect(additional_property, str, prop_name)

            additional_properties[prop_name] = additional_property

        file_upload_upload_fields.additional_properties = additional_properties
        return file_upload_upload_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
