from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="UploadUrl")


@_attrs_define
class UploadUrl:
    """One chunk of a local upload.

    Attributes:
        url (str): Presigned URL; PUT this chunk of bytes to it. Example: https://frameio-
            uploads.s3.amazonaws.com/parts/4a7c9e1b/part-1?X-Amz-Signature=abc.
        size (int): Bytes that belong in this chunk. Example: 52428800.
    """

    url: str
    size: int

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        size = self.size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", decode.MISSING)
        if type(url) is not str:
            url = decode.expect(url, str, "url")

        size = d.pop("size", decode.MISSING)
        if type(size) is not int:
            size = decode.expect(size, int, "size")

        upload_url = cls.__new__(cls)
        upload_url.url = url
        upload_url.size = size

        return upload_url
