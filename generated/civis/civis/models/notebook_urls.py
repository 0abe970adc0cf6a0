from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="NotebookUrls")


@_attrs_define(slots=False)
class NotebookUrls(ResponseMetadata):
    """
    Attributes:
        update_url (str):
        update_preview_url (str):
    """

    update_url: str
    update_preview_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        update_url = self.update_url

        update_preview_url = self.update_preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updateUrl": update_url,
                "updatePreviewUrl": update_preview_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        update_url = d.pop("updateUrl", decode.MISSING)
        if type(update_url) is not str:
            update_url = decode.expect(update_url, str, "updateUrl")

        update_preview_url = d.pop("updatePreviewUrl", decode.MISSING)
        if type(update_preview_url) is not str:
            update_preview_url = decode.expect(update_preview_url, str, "updatePreviewUrl")

        notebook_urls = cls.__new__(cls)
        notebook_urls.update_url = update_url
        notebook_urls.update_preview_url = update_preview_url

        notebook_urls.additional_properties = d if d else {}
        return notebook_urls

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
