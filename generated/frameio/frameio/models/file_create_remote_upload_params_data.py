from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="FileCreateRemoteUploadParamsData")


@_attrs_define
class FileCreateRemoteUploadParamsData:
    """
    Attributes:
        name (str):  Example: trailer.mp4.
        source_url (str): Public URL the server downloads the file from. Example: https://media.example.com/trailer.mp4.
    """

    name: str
    source_url: str

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source_url = self.source_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "source_url": source_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        source_url = d.pop("source_url", decode.MISSING)
        if type(source_url) is not str:
            source_url = decode.expect(source_url, str, "source_url")

        file_create_remote_upload_params_data = cls.__new__(cls)
        file_create_remote_upload_params_data.name = name
        file_create_remote_upload_params_data.source_url = source_url

        return file_create_remote_upload_params_data
