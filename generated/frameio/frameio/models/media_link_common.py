from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="MediaLinkCommon")


@_attrs_define
class MediaLinkCommon:
    """
    Attributes:
        download_url (None | str): Signed download URL.
    """

    download_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        download_url: None | str
        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_url": download_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_download_url(data: object) -> None | str:
            if data is None:
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    download_url_type_0 = data
                    if type(download_url_type_0) is not str:
                        download_url_type_0 = decode.expect(download_url_type_0, str)

                return download_url_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str", decode.mismatch("one of None | str", data, "download_url"))

        download_url = _parse_download_url(d.pop("download_url", decode.MISSING))

        media_link_common = cls.__new__(cls)
        media_link_common.download_url = download_url

        media_link_common.additional_properties = d if d else {}
        return media_link_common

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
