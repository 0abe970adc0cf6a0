from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileCreateParamsData")


@_attrs_define
class FileCreateParamsData:
    """
    Attributes:
        name (str):
        media_type (str):
        file_size (int):
        source_url (str | Unset):
    """

    name: str
    media_type: str
    file_size: int
    source_url: str | Unset = UNSET

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        media_type = self.media_type

        file_size = self.file_size

        source_url = self.source_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "media_type": media_type,
                "file_size": file_size,
            }
        )
        if source_url is not UNSET:
            field_dict["source_url"] = source_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        media_type = d.pop("media_type", decode.MISSING)
        if type(media_type) is not str:
            media_type = decode.expect(media_type, str, "media_type")

        file_size = d.pop("file_size", decode.MISSING)
        if type(file_size) is not int:
            file_size = decode.expect(file_size, int, "file_size")

        source_url = d.pop("source_url", UNSET)
        if type(source_url) is not str and source_url is not UNSET:
            source_url = decode.expect(source_url, str, "source_url")

        file_create_params_data = cls.__new__(cls)
        file_create_params_data.name = name
        file_create_params_data.media_type = media_type
        file_create_params_data.file_size = file_size
        file_create_params_data.source_url = source_url

        return file_create_params_data
