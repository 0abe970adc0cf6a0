from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="OriginalMediaLink")


@_attrs_define
class OriginalMediaLink:
    """
    Attributes:
        download_url (None | str): Signed download URL.
        inline_url (None | str):
    """

    download_url: None | str
    inline_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        download_url: None | str
        download_url = self.download_url

        inline_url: None | str
        inline_url = self.inline_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_url": download_url,
                "inline_url": inline_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        download_url = d.pop("download_url", decode.MISSING)
        if download_url is not None and type(download_url) is not str:
            download_url = decode.expect(download_url, str, "download_url", "one of None | str")

        inline_url = d.pop("inline_url", decode.MISSING)
        if inline_url is not None and type(inline_url) is not str:
            inline_url = decode.expect(inline_url, str, "inline_url", "one of None | str")

        original_media_link = cls.__new__(cls)
        original_media_link.download_url = download_url
        original_media_link.inline_url = inline_url

        original_media_link.additional_properties = d if d else {}
        return original_media_link

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
